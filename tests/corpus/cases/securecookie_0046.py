from flask import make_response, request
import helpers.cookies


def init(app):
    @app.route("/bench/securecookie/04452", methods=["GET", "POST"])
    def securecookie_case_04452():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest04452")
        if not param:
            param = ""
        RESPONSE += "Saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("rememberMe", param, **helpers.cookies.strict_options())
        return resp
