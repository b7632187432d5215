import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/by-ids")
def by_ids():
    ids = request.args.getlist("id")
    placeholders = ", ".join("?" for _ in ids)
    cur = sqlite3.connect("app.db").cursor()
    cur.execute(f"SELECT * FROM items WHERE id IN ({placeholders})", ids)
    return {"rows": len(cur.fetchall())}
