from flask import request
import os
import random
import secrets
import urllib.parse
import helpers.separate_request
import helpers.utils


TOKENS = {}


def init(app):

    @app.route('/benchmark/weakrand-02/BenchmarkTest32107', methods=['GET'])
    def BenchmarkTest32107_get():
        return BenchmarkTest32107_post()

    @app.route('/benchmark/weakrand-02/BenchmarkTest32107', methods=['POST'])
    def BenchmarkTest32107_post():
        RESPONSE = ""

        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest32107")
        bar = urllib.parse.unquote(param)
        gen = random.Random(os.getpid())
        num = 115
        if (6 * 29) + num < 222:
            rng = secrets.SystemRandom()
        elif (9 * 16) + num > 361:
            rng = secrets.SystemRandom()
        else:
            rng = gen
        token = str(rng.randrange(10**12))
        TOKENS[bar] = token
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
