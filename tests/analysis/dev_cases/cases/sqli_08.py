import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/admin/migrate")
def migrate():
    script = request.get_data(as_text=True)
    conn = sqlite3.connect("app.db")
    conn.executescript(script)
    return {"ok": True}
