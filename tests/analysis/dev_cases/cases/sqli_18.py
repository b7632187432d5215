import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.get("/invoice")
def invoice():
    invoice_id = int(request.args.get("id", "0"))
    cur = sqlite3.connect("billing.db").cursor()
    cur.execute(f"SELECT amount FROM invoices WHERE id = {invoice_id}")
    return {"row": cur.fetchone()}
