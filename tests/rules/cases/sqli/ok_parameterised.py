import sqlite3

from flask import Flask, request
from sqlalchemy import text

app = Flask(__name__)
TABLE = "users"


@app.route("/users")
def search_users():
    name = request.args.get("name", "")
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT id FROM users WHERE name = ?", (name,)).fetchall()
    more = conn.execute(f"SELECT id FROM {TABLE} WHERE email = ?", [request.form["email"]])
    return {"rows": rows, "more": more.fetchall()}


@app.route("/items")
def items(db):
    stmt = text("SELECT * FROM items WHERE owner = :owner LIMIT :limit")
    params = {"owner": request.args["owner"], "limit": int(request.args["limit"])}
    return db.execute(stmt, params).all()


def report(cur):
    cur.execute("SELECT count(*) FROM " + TABLE)
    placeholders = ",".join("?" * 3)
    cur.execute(f"SELECT * FROM t WHERE id IN ({placeholders})", (1, 2, 3))
    return cur.fetchall()
