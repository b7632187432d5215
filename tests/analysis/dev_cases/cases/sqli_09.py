import pymysql
from flask import Flask, request

app = Flask(__name__)


@app.get("/articles")
def articles():
    order = request.args.get("order", "id")
    conn = pymysql.connect(host="db", user="app", database="blog")
    with conn.cursor() as cursor:
        cursor.execute("SELECT title FROM articles ORDER BY " + order)
        rows = cursor.fetchall()
    return {"count": len(rows)}
