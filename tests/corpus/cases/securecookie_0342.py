from flask import make_response, request
import json


def init(app):

    @app.route('/benchmark/securecookie-02/BenchmarkTest91414', methods=['GET'])
    def BenchmarkTest91414_get():
        return BenchmarkTest91414_post()

    @app.route('/benchmark/securecookie-02/BenchmarkTest91414', methods=['POST'])
    def BenchmarkTest91414_post():
        RESPONSE = ""

        param = request.json["BenchmarkTest91414"]
        bar = json.loads(json.dumps({"v": param}))["v"]
        RESPONSE += "Saved"
        resp = make_response(RESPONSE)
        resp.headers.add("Set-Cookie", f"pref={bar}; Path=/; Secure; HttpOnly; SameSite=Strict")
        return resp
