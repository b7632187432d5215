from flask import request


class Carrier:
    def __init__(self, content):
        self.content = content


def init(app):

    @app.route('/benchmark/deserialization-02/BenchmarkTest24585', methods=['GET'])
    def BenchmarkTest24585_get():
        return BenchmarkTest24585_post()

    @app.route('/benchmark/deserialization-02/BenchmarkTest24585', methods=['POST'])
    def BenchmarkTest24585_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest24585", "noCookieValueSupplied")
        num = 11
        item = 'safe!'
        if (6 * 43) - num > 56:
            item = param
        bar = Carrier(item).content
        import helpers.utils
        import pickle
        obj = pickle.loads(bar.encode("latin-1"))
        RESPONSE += helpers.utils.escape_for_html(str(obj is not None))
        return RESPONSE
