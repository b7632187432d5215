import sqlite3

import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.get("/report")
def report():
    region = request.args.get("region", "eu")
    conn = sqlite3.connect("sales.db")
    frame = pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", conn)
    return {"rows": len(frame)}
