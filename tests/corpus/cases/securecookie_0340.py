from flask import make_response, request
import helpers.cookies


def init(app):

    @app.route('/benchmark/securecookie-00/BenchmarkTest26752', methods=['GET'])
    def BenchmarkTest26752_get():
        return BenchmarkTest26752_post()

    @app.route('/benchmark/securecookie-00/BenchmarkTest26752', methods=['POST'])
    def BenchmarkTest26752_post():
        RESPONSE = ""

        param = request.headers.get("User-Agent")
        if not param:
            param = ""
        secure = False
        fn = lambda s: s
        https_only = fn(secure)
        selected = helpers.cookies.EnforcedCookiePolicy().secure_flag(https_only)
        RESPONSE += "Preference saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("theme", param, secure=selected, httponly=True, samesite="Lax")
        return resp
