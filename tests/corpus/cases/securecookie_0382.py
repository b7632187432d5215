from flask import make_response, request
import helpers.thing


def init(app):

    @app.route('/benchmark/securecookie-02/BenchmarkTest52684', methods=['GET'])
    def BenchmarkTest52684_get():
        return BenchmarkTest52684_post()

    @app.route('/benchmark/securecookie-02/BenchmarkTest52684', methods=['POST'])
    def BenchmarkTest52684_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest52684")
        secure_flag = False
        https_only = helpers.thing.doSomething(secure_flag)
        RESPONSE += "Preference saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("session_hint", param, secure=https_only, httponly=True, samesite="Lax")
        return resp
