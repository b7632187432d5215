import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/page")
def page():
    cur = sqlite3.connect("app.db").cursor()
    cur.execute("SELECT * FROM posts LIMIT 10 OFFSET %d" % int(request.args.get("offset", "0")))
    return {"rows": len(cur.fetchall())}
