from flask import make_response, request


def init(app):

    @app.route('/benchmark/redirect-01/BenchmarkTest06411', methods=['GET'])
    def BenchmarkTest06411_get():
        return BenchmarkTest06411_post()

    @app.route('/benchmark/redirect-01/BenchmarkTest06411', methods=['POST'])
    def BenchmarkTest06411_post():
        RESPONSE = ""

        vals = request.form.getlist("BenchmarkTest06411")
        param = vals[0] if vals else ""
        resp = make_response("", 302)
        resp.headers["Location"] = param
        return resp
