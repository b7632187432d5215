from flask import request
import helpers.utils


class Carrier:
    def __init__(self, content):
        self.content = content


def init(app):

    @app.route('/benchmark/weakrand-02/BenchmarkTest59483', methods=['GET'])
    def BenchmarkTest59483_get():
        return BenchmarkTest59483_post()

    @app.route('/benchmark/weakrand-02/BenchmarkTest59483', methods=['POST'])
    def BenchmarkTest59483_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest59483", "noCookieValueSupplied")
        generator = random
        fn = lambda s: s
        selected = fn(generator)
        source_rng = Carrier(selected).content
        token = str(source_rng.randint(100000, 999999))
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
