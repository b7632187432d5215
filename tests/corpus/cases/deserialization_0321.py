from flask import request


def init(app):

    @app.route('/benchmark/deserialization-01/BenchmarkTest75211', methods=['GET'])
    def BenchmarkTest75211_get():
        return BenchmarkTest75211_post()

    @app.route('/benchmark/deserialization-01/BenchmarkTest75211', methods=['POST'])
    def BenchmarkTest75211_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        item = param
        n = 70
        if (7 * 47) + n < 354:
            bar = 'safe!'
        elif (6 * 11) + n < 401:
            bar = 'safe!'
        else:
            bar = item
        import base64
        import helpers.utils
        import pickle
        obj = pickle.loads(base64.b64decode(bar))
        RESPONSE += helpers.utils.escape_for_html(str(obj is not None))
        return RESPONSE
