from flask import request
import os
from sqlalchemy import create_engine, text
import helpers.text


def init(app):

    @app.route('/benchmark/sqli-01/BenchmarkTest91132', methods=['GET'])
    def BenchmarkTest91132_get():
        return BenchmarkTest91132_post()

    @app.route('/benchmark/sqli-01/BenchmarkTest91132', methods=['POST'])
    def BenchmarkTest91132_post():
        RESPONSE = ""

        vals = request.values.getlist("BenchmarkTest91132")
        param = vals[0] if vals else ""
        opts = {}
        opts['a'] = param
        opts['b'] = 'safe'
        opts['c'] = 'lorem'
        term = opts['a']
        bar = helpers.text.decorate(term)
        engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///app.db"))
        with engine.connect() as conn:
            result = conn.execute(text(f"SELECT title FROM books WHERE author = '{bar}'"))
            titles = [row[0] for row in result]
        RESPONSE += "Found " + str(len(titles)) + " rows"
        return RESPONSE
