from flask import request
import os
from sqlalchemy import create_engine, text


def init(app):

    @app.route('/benchmark/sqli-02/BenchmarkTest22005', methods=['GET'])
    def BenchmarkTest22005_get():
        return BenchmarkTest22005_post()

    @app.route('/benchmark/sqli-02/BenchmarkTest22005', methods=['POST'])
    def BenchmarkTest22005_post():
        RESPONSE = ""

        param = request.headers.get("X-Forwarded-User")
        if not param:
            param = ""
        chunk = "{}".format(param)
        items = []
        items.append(chunk)
        items.append('safe!')
        items.append('bob')
        items.remove('safe!')
        bar = items[-2]
        engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///app.db"))
        with engine.connect() as conn:
            result = conn.execute(text("SELECT title FROM books WHERE author = :author"), {"author": bar})
            titles = [row[0] for row in result]
        RESPONSE += "Found " + str(len(titles)) + " rows"
        return RESPONSE
