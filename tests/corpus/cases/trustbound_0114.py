from flask import request, session
import re


def init(app):

    @app.route('/benchmark/trustbound-01/BenchmarkTest11734', methods=['GET'])
    def BenchmarkTest11734_get():
        return BenchmarkTest11734_post()

    @app.route('/benchmark/trustbound-01/BenchmarkTest11734', methods=['POST'])
    def BenchmarkTest11734_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest11734")
        if not param:
            param = ""
        if not re.fullmatch(r"[A-Za-z0-9_]{1,32}", param):
            RESPONSE += "Invalid input"
            return RESPONSE
        bar = param
        session[bar] = "10340"
        RESPONSE += "Item stored in session"
        return RESPONSE
