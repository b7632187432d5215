import psycopg2
from flask import Flask, request

app = Flask(__name__)


@app.post("/accounts/find")
def find_account():
    email = request.form["email"]
    conn = psycopg2.connect(dbname="app")
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM accounts WHERE email = '%s'" % email)
        found = cur.fetchone()
    return {"found": found is not None}
