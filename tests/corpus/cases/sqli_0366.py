from flask import request


def init(app):
    @app.route("/bench/sqli/29169", methods=["GET", "POST"])
    def sqli_case_29169():
        RESPONSE = ""
        param = request.cookies.get("BenchmarkTest29169", "noCookieValueSupplied")
        params = {'primary': 'x', 'secondary': param, 'fallback': 'another_Value'}
        bar = params.get('secondary')
        import helpers.utils
        import os
        import sqlite3
        stmt = "SELECT name, price FROM products ORDER BY " + bar
        con = sqlite3.connect(os.environ.get("APP_DB", "app.db"))
        cur = con.cursor()
        rows = cur.execute(stmt).fetchall()
        RESPONSE += helpers.utils.escape_for_html(str(len(rows)))
        return RESPONSE
