from flask import request
import os
import sqlite3


def init(app):
    @app.route("/bench/sqli/18000", methods=["GET", "POST"])
    def sqli_case_18000():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        bar = "" + param + ""
        query = "SELECT order_id, total FROM orders WHERE customer = '%s' AND status = 'open'" % bar
        con = sqlite3.connect(os.environ.get("APP_DB", "app.db"))
        rows = con.execute(query).fetchall()
        RESPONSE += "Found " + str(len(rows)) + " rows"
        return RESPONSE
