import sqlite3

from flask import Flask, request

app = Flask(__name__)

LEGACY_MODE = 0


@app.get("/legacy-lookup")
def legacy_lookup():
    name = request.args.get("name", "")
    conn = sqlite3.connect("app.db")
    query = "SELECT * FROM users WHERE name = ?"
    args = (name,)
    if LEGACY_MODE:
        query = "SELECT * FROM users WHERE name = '" + name + "'"
        args = ()
    return {"rows": len(conn.execute(query, args).fetchall())}
