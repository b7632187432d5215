from flask import make_response, request
import helpers.thing


def init(app):

    @app.route('/benchmark/redirect-01/BenchmarkTest19148', methods=['GET'])
    def BenchmarkTest19148_get():
        return BenchmarkTest19148_post()

    @app.route('/benchmark/redirect-01/BenchmarkTest19148', methods=['POST'])
    def BenchmarkTest19148_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest19148")
        bar = helpers.thing.doSomething(param)
        resp = make_response("", 302)
        resp.headers["Location"] = bar
        return resp
