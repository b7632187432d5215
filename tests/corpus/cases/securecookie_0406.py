from flask import make_response, request


def init(app):

    @app.route('/benchmark/securecookie-01/BenchmarkTest83687', methods=['GET'])
    def BenchmarkTest83687_get():
        return BenchmarkTest83687_post()

    @app.route('/benchmark/securecookie-01/BenchmarkTest83687', methods=['POST'])
    def BenchmarkTest83687_post():
        RESPONSE = ""

        param = request.values.get("BenchmarkTest83687")
        RESPONSE += "Preference saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("rememberMe", param)
        return resp
