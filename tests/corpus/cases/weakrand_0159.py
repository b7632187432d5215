from flask import request
import random
import string
import helpers.utils


ALPHABET = string.ascii_letters + string.digits


def init(app):
    @app.route("/bench/weakrand/25722", methods=["GET", "POST"])
    def weakrand_case_25722():
        RESPONSE = ""
        param = request.form.get("BenchmarkTest25722")
        if not param:
            param = ""
        rng = random.Random()
        token = "".join(rng.choice(ALPHABET) for _ in range(24))
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
