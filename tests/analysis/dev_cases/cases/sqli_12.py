import sqlite3

from flask import Flask, request

from devhelpers.queries import where_name

app = Flask(__name__)


@app.get("/people")
def people():
    clause = where_name(request.args.get("name", ""))
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT * FROM people " + clause)
    return {"rows": len(cur.fetchall())}
