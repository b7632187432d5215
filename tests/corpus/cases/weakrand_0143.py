from flask import request
import random
import secrets


TOKENS = {}


def init(app):

    @app.route('/benchmark/weakrand-00/BenchmarkTest59638', methods=['GET'])
    def BenchmarkTest59638_get():
        return BenchmarkTest59638_post()

    @app.route('/benchmark/weakrand-00/BenchmarkTest59638', methods=['POST'])
    def BenchmarkTest59638_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest59638", "noCookieValueSupplied")
        generator = random.Random()
        gen = generator
        map = {}
        map['first'] = secrets.SystemRandom()
        map['second'] = gen
        map['third'] = random.SystemRandom()
        rng = map['first']
        import helpers.utils
        token = str(rng.randint(100000, 999999))
        TOKENS[param] = token
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
