from flask import request
import base64


def init(app):

    @app.route('/benchmark/xss-00/BenchmarkTest62906', methods=['GET'])
    def BenchmarkTest62906_get():
        return BenchmarkTest62906_post()

    @app.route('/benchmark/xss-00/BenchmarkTest62906', methods=['POST'])
    def BenchmarkTest62906_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest62906")
        if not param:
            param = ""
        bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
        import html
        RESPONSE += "<p>Hello " + html.escape(bar) + "</p>"
        return RESPONSE
