from flask import request
import html
import json


def init(app):
    @app.route("/bench/codeinj/80075", methods=["GET", "POST"])
    def codeinj_case_80075():
        RESPONSE = ""
        param = request.cookies.get("BenchmarkTest80075", "noCookieValueSupplied")
        result = json.loads(param)
        RESPONSE += html.escape(str(result))
        return RESPONSE
