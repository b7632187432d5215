from flask import make_response, request


def init(app):

    @app.route('/benchmark/securecookie-01/BenchmarkTest20859', methods=['GET'])
    def BenchmarkTest20859_get():
        return BenchmarkTest20859_post()

    @app.route('/benchmark/securecookie-01/BenchmarkTest20859', methods=['POST'])
    def BenchmarkTest20859_post():
        RESPONSE = ""

        param = request.get_data(as_text=True)
        RESPONSE += "Saved"
        resp = make_response(RESPONSE)
        resp.headers.add("Set-Cookie", f"theme={param}; Path=/; HttpOnly; SameSite=Lax")
        return resp
