from flask import request
import random
import helpers.utils


def init(app):
    @app.route("/bench/weakrand/13180", methods=["GET", "POST"])
    def weakrand_case_13180():
        RESPONSE = ""
        payload_json = request.get_json(silent=True) or {}
        param = str(payload_json.get("BenchmarkTest13180", ""))
        token = "%x" % random.getrandbits(64)
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
