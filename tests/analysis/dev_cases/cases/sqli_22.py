import sqlite3

from flask import Flask, request

from devhelpers.queries import order_clause

app = Flask(__name__)


@app.get("/people-sorted")
def people_sorted():
    clause = order_clause(request.args.get("sort", "name"))
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT * FROM people " + clause)
    return {"rows": len(cur.fetchall())}
