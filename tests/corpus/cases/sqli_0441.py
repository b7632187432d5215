from flask import Flask, request
import os
import psycopg
from psycopg import sql

app = Flask(__name__)


@app.get("/app/search-orders")
def user_profile():
    email = ""
    for name in request.headers.keys():
        if name.lower() in ("host", "accept", "accept-language", "content-type", "content-length", "cookie", "user-agent", "connection"):
            continue
        email = name
        break
    query = sql.SQL("SELECT id FROM accounts WHERE email = {}").format(sql.Literal(email))
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        row = conn.execute(query).fetchone()
    return "Found" if row else "Not found"
