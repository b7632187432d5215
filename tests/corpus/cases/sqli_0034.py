import flask
import os
import sqlalchemy


def init(app):
    def BenchmarkTest59423():
        RESPONSE = ""
        param = ""
        for name in flask.request.headers.keys():
            if name.lower() in ("host", "accept", "accept-language", "content-type", "content-length", "cookie", "user-agent", "connection"):
                continue
            param = name
            break
        engine = sqlalchemy.create_engine(os.environ["DATABASE_URL"])
        with engine.begin() as conn:
            conn.execute(sqlalchemy.text("DELETE FROM sessions WHERE token = '{}'".format(param)))
        RESPONSE += "Signed out"
        return RESPONSE

    app.add_url_rule("/benchmark/sqli/Test59423", endpoint="BenchmarkTest59423", view_func=BenchmarkTest59423, methods=["GET", "POST"])
