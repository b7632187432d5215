from flask import make_response, request


def init(app):
    @app.route("/bench/securecookie/12525", methods=["GET", "POST"])
    def securecookie_case_12525():
        RESPONSE = ""
        param = request.cookies.get("BenchmarkTest12525", "noCookieValueSupplied")
        RESPONSE += "Preference saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("theme", param, secure=True, httponly=True, samesite="Strict")
        return resp
