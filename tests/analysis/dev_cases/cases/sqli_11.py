from fastapi import FastAPI
from sqlalchemy import create_engine

app = FastAPI()
engine = create_engine("sqlite:///app.db")


@app.get("/tags")
def tags(prefix: str):
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(f"SELECT name FROM tags WHERE name LIKE '{prefix}%'").fetchall()
    return {"tags": [r[0] for r in rows]}
