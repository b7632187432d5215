from flask import make_response, request


def init(app):

    @app.route('/benchmark/securecookie-01/BenchmarkTest48575', methods=['GET'])
    def BenchmarkTest48575_get():
        return BenchmarkTest48575_post()

    @app.route('/benchmark/securecookie-01/BenchmarkTest48575', methods=['POST'])
    def BenchmarkTest48575_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest48575", "noCookieValueSupplied")
        https_only = False
        RESPONSE += "Saved"
        resp = make_response(RESPONSE)
        resp.set_cookie(key="pref", value=param, max_age=3600, secure=https_only, httponly=True)
        return resp
