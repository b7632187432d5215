from flask import request
from random import randrange
import helpers.utils


TOKENS = {}


def init(app):
    def run_case_07854():
        RESPONSE = ""
        param = request.json["BenchmarkTest07854"]
        bar = param.encode("utf-8").decode("utf-8")
        token = str(randrange(1, 10**9))
        TOKENS[bar] = token
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE

    app.add_url_rule("/benchmark/weakrand/Test07854", endpoint="run_case_07854", view_func=run_case_07854, methods=["GET", "POST"])
