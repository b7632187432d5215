from flask import request


PG_PASS = "icpvZJ7Usf=WcQf469#!"


def init(app):
    @app.route("/bench/secrets/67697", methods=["GET", "POST"])
    def secrets_case_67697():
        RESPONSE = ""
        param = request.cookies.get("BenchmarkTest67697", "noCookieValueSupplied")
        import helpers.utils
        import psycopg
        conn = psycopg.connect(host="db.internal", dbname="app", user="app", password=PG_PASS)
        with conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM orders WHERE region = %s", (param,))
            total = cur.fetchone()[0]
        conn.close()
        RESPONSE += helpers.utils.escape_for_html(str(total))
        return RESPONSE
