from flask import request
import random
import secrets
import string
import helpers.utils


ALPHABET = string.ascii_letters + string.digits


TOKENS = {}


def init(app):
    @app.route("/bench/weakrand/03806", methods=["GET", "POST"])
    def weakrand_case_03806():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest03806")
        generator = random
        values_list = [secrets.SystemRandom(), random.SystemRandom(), generator, random.SystemRandom()]
        values_list.insert(0, random.SystemRandom())
        values_list.pop(0)
        selected = values_list[-2]
        n = 99
        gen = selected if (8 * 26) - n > 220 else random.SystemRandom()
        token = "".join(gen.choice(ALPHABET) for _ in range(24))
        TOKENS[param] = token
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
