from flask import request
import secrets
import helpers.utils


TOKENS = {}


def init(app):

    @app.route('/benchmark/weakrand-01/BenchmarkTest68976', methods=['GET'])
    def BenchmarkTest68976_get():
        return BenchmarkTest68976_post()

    @app.route('/benchmark/weakrand-01/BenchmarkTest68976', methods=['POST'])
    def BenchmarkTest68976_post():
        RESPONSE = ""

        param = request.headers.get("User-Agent")
        if not param:
            param = ""
        bar = ("#" + param)[1:]
        token = secrets.token_hex(16)
        TOKENS[bar] = token
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
