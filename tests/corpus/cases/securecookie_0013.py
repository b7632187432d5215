from flask import make_response, request
import urllib.parse


def init(app):

    @app.route('/benchmark/securecookie-00/BenchmarkTest81631', methods=['GET'])
    def BenchmarkTest81631_get():
        return BenchmarkTest81631_post()

    @app.route('/benchmark/securecookie-00/BenchmarkTest81631', methods=['POST'])
    def BenchmarkTest81631_post():
        RESPONSE = ""

        qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest81631", [""])[0]
        use_secure = False
        mapping = {'name': True}
        picked = mapping.setdefault('name', use_secure)
        RESPONSE += "Preference saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("rememberMe", param, path="/", httponly=True, secure=picked, samesite="Strict")
        return resp
