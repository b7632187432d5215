from flask import request
from sqlalchemy import create_engine, text


def init(app):

    @app.route('/benchmark/sqli-02/BenchmarkTest27457', methods=['GET'])
    def BenchmarkTest27457_get():
        return BenchmarkTest27457_post()

    @app.route('/benchmark/sqli-02/BenchmarkTest27457', methods=['POST'])
    def BenchmarkTest27457_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest27457")
        if param is None:
            param = ""
        k = 110
        bar = param
        if (5 * 52) + k < 135:
            bar = 'safe!'
        import os
        engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///app.db"))
        with engine.connect() as conn:
            result = conn.execute(text(f"SELECT title FROM books WHERE author = '{bar}'"))
            titles = [row[0] for row in result]
        RESPONSE += "Found " + str(len(titles)) + " rows"
        return RESPONSE
