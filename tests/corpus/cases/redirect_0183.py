from flask import make_response, request


def init(app):

    @app.route('/benchmark/redirect-00/BenchmarkTest16700', methods=['GET'])
    def BenchmarkTest16700_get():
        return BenchmarkTest16700_post()

    @app.route('/benchmark/redirect-00/BenchmarkTest16700', methods=['POST'])
    def BenchmarkTest16700_post():
        RESPONSE = ""

        param = request.values.get("BenchmarkTest16700")
        resp = make_response("", 302)
        resp.headers["Location"] = param
        return resp
