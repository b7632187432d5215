from flask import make_response, request
import helpers.cookies


def init(app):
    @app.route("/bench/securecookie/17753", methods=["GET", "POST"])
    def securecookie_case_17753():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest17753", "")
        RESPONSE += "Saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("pref", param, **helpers.cookies.relaxed_options())
        return resp
