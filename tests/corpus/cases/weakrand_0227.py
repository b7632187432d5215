from flask import request
import random
import secrets
import time
import helpers.utils


def init(app):
    def BenchmarkTest57520():
        RESPONSE = ""
        param = request.form["BenchmarkTest57520"]
        rng = random.Random(time.time())
        values_list = [random.SystemRandom(), secrets.SystemRandom(), rng]
        values_list.append(secrets.SystemRandom())
        source_rng = values_list[::-1][0]
        token = str(source_rng.randrange(10**12))
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE

    app.add_url_rule("/benchmark/weakrand/Test57520", endpoint="BenchmarkTest57520", view_func=BenchmarkTest57520, methods=["GET", "POST"])
