from flask import make_response, request


def init(app):

    @app.route('/benchmark/securecookie-00/BenchmarkTest71320', methods=['GET'])
    def BenchmarkTest71320_get():
        return BenchmarkTest71320_post()

    @app.route('/benchmark/securecookie-00/BenchmarkTest71320', methods=['POST'])
    def BenchmarkTest71320_post():
        RESPONSE = ""

        param = request.values.get("BenchmarkTest71320")
        if not param:
            param = ""
        cookie_opts = {"secure": True, "httponly": True, "samesite": "Lax"}
        RESPONSE += "Saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("rememberMe", param, **cookie_opts)
        return resp
