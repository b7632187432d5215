import re
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/order-lookup")
def order_lookup():
    ref = request.args.get("ref", "")
    if not re.fullmatch(r"[\w ]+", ref):
        abort(400)
    cur = sqlite3.connect("shop.db").cursor()
    cur.execute(f"SELECT * FROM orders WHERE id = {ref}")
    return {"rows": len(cur.fetchall())}
