from flask import request
import random
import secrets
import time
import urllib.parse


FEATURE_PASSTHROUGH = False


def init(app):

    @app.route('/benchmark/weakrand-00/BenchmarkTest11344', methods=['GET'])
    def BenchmarkTest11344_get():
        return BenchmarkTest11344_post()

    @app.route('/benchmark/weakrand-00/BenchmarkTest11344', methods=['POST'])
    def BenchmarkTest11344_post():
        RESPONSE = ""

        qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest11344", [""])[0]
        rng = random.Random(time.time())
        limit = 57
        picked = secrets.SystemRandom()
        while (6 * 53) + limit > 334:
            picked = rng
            break
        chosen = secrets.SystemRandom()
        if FEATURE_PASSTHROUGH:
            chosen = picked
        import helpers.utils
        import string
        token = "".join(chosen.choices(string.ascii_letters + string.digits, k=20))
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
