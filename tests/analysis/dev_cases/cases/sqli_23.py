import sqlite3

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Filter(BaseModel):
    status: str
    limit: int = 10


@app.post("/tickets/search")
def tickets(filter: Filter):
    conn = sqlite3.connect("tickets.db")
    query = "SELECT id FROM tickets WHERE status = '%s' LIMIT %d" % (filter.status, filter.limit)
    return {"ids": [row[0] for row in conn.execute(query)]}
