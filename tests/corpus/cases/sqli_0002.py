from flask import request
import os
import psycopg


def init(app):

    @app.route('/benchmark/sqli-01/BenchmarkTest82880', methods=['GET'])
    def BenchmarkTest82880_get():
        return BenchmarkTest82880_post()

    @app.route('/benchmark/sqli-01/BenchmarkTest82880', methods=['POST'])
    def BenchmarkTest82880_post():
        RESPONSE = ""

        param = ""
        for name in request.headers.keys():
            if name.lower() in ("host", "accept", "accept-language", "content-type", "content-length", "cookie", "user-agent", "connection"):
                continue
            param = name
            break
        bar = param.replace("\r\n", "\n")
        with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
            with conn.cursor() as cur:
                cur.execute("SELECT id FROM accounts WHERE email = '" + bar + "'")
                row = cur.fetchone()
        RESPONSE += "Found" if row else "Not found"
        return RESPONSE
