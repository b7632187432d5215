from flask import request
import ast
import base64
import html


def init(app):

    @app.route('/benchmark/codeinj-00/BenchmarkTest12357', methods=['GET'])
    def BenchmarkTest12357_get():
        return BenchmarkTest12357_post()

    @app.route('/benchmark/codeinj-00/BenchmarkTest12357', methods=['POST'])
    def BenchmarkTest12357_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest12357")
        if not param:
            param = ""
        fn = lambda s: s
        piece = fn(param)
        bar = base64.b64decode(base64.b64encode(piece.encode("utf-8"))).decode("utf-8")
        result = ast.literal_eval(bar)
        RESPONSE += html.escape(str(result))
        return RESPONSE
