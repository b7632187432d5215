from flask import Response, request


def init(app):

    @app.route('/benchmark/xss-00/BenchmarkTest66418', methods=['GET'])
    def BenchmarkTest66418_get():
        return BenchmarkTest66418_post()

    @app.route('/benchmark/xss-00/BenchmarkTest66418', methods=['POST'])
    def BenchmarkTest66418_post():
        RESPONSE = ""

        body = request.get_json(silent=True) or {}
        param = str(body.get("BenchmarkTest66418", ""))
        bar = "Hi %s!" % (param,)
        return Response("<span title=\"" + bar + "\">profile</span>", mimetype="text/html")
