import sqlite3

from flask import Flask, request

app = Flask(__name__)

SORT_COLUMNS = {"name": "name", "date": "created_at", "price": "price"}


@app.get("/catalog")
def catalog():
    column = SORT_COLUMNS.get(request.args.get("sort", "name"), "id")
    cur = sqlite3.connect("shop.db").cursor()
    cur.execute(f"SELECT * FROM items ORDER BY {column}")
    return {"rows": len(cur.fetchall())}
