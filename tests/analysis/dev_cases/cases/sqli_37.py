import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/typed-arg")
def typed_arg():
    limit = request.args.get("limit", default=10, type=int)
    cur = sqlite3.connect("app.db").cursor()
    cur.execute(f"SELECT * FROM events ORDER BY ts DESC LIMIT {limit}")
    return {"rows": len(cur.fetchall())}
