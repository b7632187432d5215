from flask import request
import os
import psycopg
import helpers.utils


def init(app):
    @app.route("/bench/secrets/49866", methods=["GET", "POST"])
    def secrets_case_49866():
        RESPONSE = ""
        body = request.get_json(silent=True) or {}
        param = str(body.get("BenchmarkTest49866", ""))
        admin_password = os.environ.get("ADMIN_PASSWORD", "changeme")
        if admin_password == "changeme":
            RESPONSE += "Invalid input"
            return RESPONSE
        conn = psycopg.connect(host="db.internal", dbname="app", user="app", password=admin_password)
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM orders WHERE region = %s", (param,))
            total = cur.fetchone()[0]
        conn.close()
        RESPONSE += helpers.utils.escape_for_html(str(total))
        return RESPONSE
