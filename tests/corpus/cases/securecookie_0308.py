from flask import make_response, request


class Box:
    def __init__(self, content):
        self.content = content


def init(app):

    @app.route('/benchmark/securecookie-01/BenchmarkTest00311', methods=['GET'])
    def BenchmarkTest00311_get():
        return BenchmarkTest00311_post()

    @app.route('/benchmark/securecookie-01/BenchmarkTest00311', methods=['POST'])
    def BenchmarkTest00311_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest00311")
        https_only = False
        picked = Box(https_only).content
        limit = 91
        chosen = picked if (6 * 32) + limit > 383 else True
        RESPONSE += "Preference saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("ui_mode", param, secure=chosen, httponly=True, samesite="Lax")
        return resp
