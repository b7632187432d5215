from flask import request
import secrets
import helpers.utils


TOKENS = {}


def init(app):

    @app.route('/benchmark/weakrand-01/BenchmarkTest25050', methods=['GET'])
    def BenchmarkTest25050_get():
        return BenchmarkTest25050_post()

    @app.route('/benchmark/weakrand-01/BenchmarkTest25050', methods=['POST'])
    def BenchmarkTest25050_post():
        RESPONSE = ""

        param = request.json["BenchmarkTest25050"]
        bar = param.encode("utf-8").decode("utf-8")
        token = str(secrets.randbelow(10**6)).zfill(6)
        TOKENS[bar] = token
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
