import psycopg2
from flask import Flask, request
from psycopg2 import sql

app = Flask(__name__)


@app.get("/table-count")
def table_count():
    table = request.args.get("table", "users")
    conn = psycopg2.connect(dbname="app")
    with conn.cursor() as cur:
        cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
        count = cur.fetchone()[0]
    return {"count": count}
