from flask import make_response, request


def init(app):

    @app.route('/benchmark/securecookie-01/BenchmarkTest67061', methods=['GET'])
    def BenchmarkTest67061_get():
        return BenchmarkTest67061_post()

    @app.route('/benchmark/securecookie-01/BenchmarkTest67061', methods=['POST'])
    def BenchmarkTest67061_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest67061")
        RESPONSE += "Preference saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("rememberMe", param, httponly=True, max_age=86400)
        return resp
