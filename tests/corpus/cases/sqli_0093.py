import flask
import os
import psycopg


def init(app):
    def handle_02609():
        RESPONSE = ""
        param = ""
        for header_name in flask.request.headers.keys():
            if header_name.lower() in ("host", "accept", "accept-language", "content-type", "content-length", "cookie", "user-agent", "connection"):
                continue
            param = header_name
            break
        entry = "".join([c for c in param])
        left, *rest = [entry, 'static_value', 'safe!']
        bar = rest[1]
        with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
            with conn.cursor() as cur:
                cur.execute("SELECT id FROM accounts WHERE email = '" + bar + "'")
                row = cur.fetchone()
        RESPONSE += "Found" if row else "Not found"
        return RESPONSE

    app.add_url_rule("/benchmark/sqli/Test02609", endpoint="handle_02609", view_func=handle_02609, methods=["GET", "POST"])
