import sqlite3

from flask import Flask

app = Flask(__name__)


@app.get("/posts/<int:post_id>")
def post(post_id):
    cur = sqlite3.connect("app.db").cursor()
    cur.execute(f"SELECT title FROM posts WHERE id = {post_id}")
    return {"row": cur.fetchone()}
