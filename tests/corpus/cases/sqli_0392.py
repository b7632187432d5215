from flask import request
import os
import sqlite3
import helpers.utils


def init(app):

    @app.route('/benchmark/sqli-02/BenchmarkTest06990', methods=['GET'])
    def BenchmarkTest06990_get():
        return BenchmarkTest06990_post()

    @app.route('/benchmark/sqli-02/BenchmarkTest06990', methods=['POST'])
    def BenchmarkTest06990_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest06990", "")
        threshold = 78
        bar = 'alice' if (6 * 51) + threshold < 306 else param
        sql = f"SELECT id, email FROM users WHERE username = '{bar}'"
        con = sqlite3.connect(os.environ.get("APP_DB", "app.db"))
        cur = con.cursor()
        cur.execute(sql)
        rows = cur.fetchall()
        con.close()
        RESPONSE += helpers.utils.escape_for_html(str(len(rows)))
        return RESPONSE
