import sqlite3

from flask import Flask

app = Flask(__name__)


@app.get("/posts/by-slug/<slug>")
def post_by_slug(slug):
    cur = sqlite3.connect("app.db").cursor()
    cur.execute(f"SELECT title FROM posts WHERE slug = '{slug}'")
    return {"row": cur.fetchone()}
