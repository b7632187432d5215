import sqlite3

from flask import Flask, request

app = Flask(__name__)


class Repo:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def find(self, **filters):
        clauses = " AND ".join(f"{col} = '{val}'" for col, val in filters.items())
        return self.conn.execute("SELECT * FROM items WHERE " + clauses).fetchall()


@app.get("/items")
def items():
    repo = Repo("shop.db")
    return {"rows": len(repo.find(owner=request.args.get("owner", "")))}
