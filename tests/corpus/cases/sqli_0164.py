from flask import request
import os
import sqlalchemy


def init(app):

    @app.route('/benchmark/sqli-00/BenchmarkTest00631', methods=['GET'])
    def BenchmarkTest00631_get():
        return BenchmarkTest00631_post()

    @app.route('/benchmark/sqli-00/BenchmarkTest00631', methods=['POST'])
    def BenchmarkTest00631_post():
        RESPONSE = ""

        param = ""
        for hname in request.headers.keys():
            if hname.lower() in ("host", "accept", "accept-language", "content-type", "content-length", "cookie", "user-agent", "connection"):
                continue
            param = hname
            break
        threshold = 78
        bar = 'bob'
        while (4 * 26) - threshold < 313:
            bar = param
            break
        engine = sqlalchemy.create_engine(os.environ["DATABASE_URL"])
        stmt = sqlalchemy.text("DELETE FROM sessions WHERE token = :token").bindparams(token=bar)
        with engine.begin() as conn:
            conn.execute(stmt)
        RESPONSE += "Signed out"
        return RESPONSE
