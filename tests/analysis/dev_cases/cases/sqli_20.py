from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///app.db")


@app.get("/tags-safe")
def tags_safe(prefix: str):
    stmt = text("SELECT name FROM tags WHERE name LIKE :p").bindparams(p=prefix + "%")
    with engine.connect() as conn:
        rows = conn.execute(stmt).fetchall()
    return {"tags": [r[0] for r in rows]}
