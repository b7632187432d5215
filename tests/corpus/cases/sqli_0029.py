from flask import request


def init(app):
    @app.route("/bench/sqli/22908", methods=["GET", "POST"])
    def sqli_case_22908():
        RESPONSE = ""
        param = request.values.get("BenchmarkTest22908")
        if param is None:
            param = ""
        store = {}
        store['input'] = param
        store['input'] = 'guest'
        bar = store['input']
        import os
        import sqlite3
        query = "SELECT order_id, total FROM orders WHERE customer = '%s' AND status = 'open'" % bar
        con = sqlite3.connect(os.environ.get("APP_DB", "app.db"))
        rows = con.execute(query).fetchall()
        RESPONSE += "Found " + str(len(rows)) + " rows"
        return RESPONSE
