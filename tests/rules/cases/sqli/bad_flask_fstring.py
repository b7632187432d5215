import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/users")
def search_users():
    name = request.args.get("name", "")
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id, email FROM users WHERE name = '{name}'").fetchall()
    return {"rows": rows}
