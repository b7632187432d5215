from flask import request
import random
import helpers.utils


def init(app):

    @app.route('/benchmark/weakrand-02/BenchmarkTest07594', methods=['GET'])
    def BenchmarkTest07594_get():
        return BenchmarkTest07594_post()

    @app.route('/benchmark/weakrand-02/BenchmarkTest07594', methods=['POST'])
    def BenchmarkTest07594_post():
        RESPONSE = ""

        param = request.get_data(as_text=True)
        token = "%x" % random.Random().getrandbits(64)
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
