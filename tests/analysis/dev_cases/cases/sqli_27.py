import sqlite3

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Filter(BaseModel):
    status: str
    limit: int = 10


@app.post("/tickets/search-safe")
def tickets_safe(filter: Filter):
    conn = sqlite3.connect("tickets.db")
    rows = conn.execute("SELECT id FROM tickets WHERE status = ? LIMIT ?", (filter.status, filter.limit))
    return {"ids": [row[0] for row in rows]}
