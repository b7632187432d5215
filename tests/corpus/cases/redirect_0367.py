from flask import redirect, request
import helpers.text


def init(app):

    @app.route('/benchmark/redirect-01/BenchmarkTest71727', methods=['GET'])
    def BenchmarkTest71727_get():
        return BenchmarkTest71727_post()

    @app.route('/benchmark/redirect-01/BenchmarkTest71727', methods=['POST'])
    def BenchmarkTest71727_post():
        RESPONSE = ""

        incoming = request.get_json(silent=True) or {}
        param = str(incoming.get("BenchmarkTest71727", ""))
        base_num = 121
        cleaned = param if (9 * 51) - base_num > 258 else '/account'
        bar = helpers.text.normalise(cleaned)
        return redirect(bar)
