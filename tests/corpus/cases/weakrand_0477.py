from flask import request
import random
import helpers.utils


def init(app):

    @app.route('/benchmark/weakrand-02/BenchmarkTest62761', methods=['GET'])
    def BenchmarkTest62761_get():
        return BenchmarkTest62761_post()

    @app.route('/benchmark/weakrand-02/BenchmarkTest62761', methods=['POST'])
    def BenchmarkTest62761_post():
        RESPONSE = ""

        param = request.values.get("BenchmarkTest62761")
        if not param:
            param = ""
        token = "%x" % random.Random().getrandbits(64)
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
