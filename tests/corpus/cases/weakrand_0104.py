from flask import request
import json
import random
import helpers.utils


def init(app):
    def run_case_16911():
        RESPONSE = ""
        param = request.get_data(as_text=True)
        bar = json.loads(json.dumps({"v": param}))["v"]
        token = "".join(random.choices("0123456789abcdef", k=32))
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE

    app.add_url_rule("/benchmark/weakrand/Test16911", endpoint="run_case_16911", view_func=run_case_16911, methods=["GET", "POST"])
