import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/legacy-locals")
def legacy_locals():
    table = "events"
    kind = request.args.get("kind", "")
    query = "SELECT * FROM {table} WHERE kind = '{kind}'".format(**locals())
    cur = sqlite3.connect("app.db").cursor()
    cur.execute(query)
    return {"rows": len(cur.fetchall())}
