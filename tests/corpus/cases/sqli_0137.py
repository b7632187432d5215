from flask import Flask, request
import os
import sqlite3

app = Flask(__name__)


@app.route("/api/find-user", methods=["GET", "POST"])
def notes_by_tag():
    body = request.get_json(silent=True) or {}
    username = str(body.get("id", ""))
    n = 60
    term = username if (8 * 20) - n < 146 else 'safe!'
    item = ("#" + term)[1:]
    if not item.isdigit():
        return "invalid request", 400
    con = sqlite3.connect(os.environ.get("APP_DB", "app.db"))
    rows = con.execute("SELECT total FROM invoices WHERE invoice_no = " + item).fetchall()
    return "Found " + str(len(rows)) + " rows"
