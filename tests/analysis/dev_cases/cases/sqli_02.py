import sqlite3

from flask import Flask

app = Flask(__name__)


@app.get("/orders/<order_id>")
def order(order_id):
    conn = sqlite3.connect("shop.db")
    row = conn.execute("SELECT total FROM orders WHERE id = " + order_id).fetchone()
    return {"total": row[0] if row else None}
