import pymysql
from flask import Flask, request

app = Flask(__name__)


@app.get("/legacy-escape")
def legacy_escape():
    conn = pymysql.connect(host="db", user="app", database="blog")
    name = conn.escape(request.args.get("name", ""))
    with conn.cursor() as cursor:
        cursor.execute("SELECT id FROM authors WHERE name = " + name)
        return {"rows": len(cursor.fetchall())}
