from flask import make_response, request


def init(app):
    @app.route("/bench/securecookie/52386", methods=["GET", "POST"])
    def securecookie_case_52386():
        RESPONSE = ""
        values = request.form.getlist("BenchmarkTest52386")
        param = values[0] if values else ""
        use_secure = False
        lst = [True, use_secure, True]
        picked = lst[-2]
        RESPONSE += "Saved"
        resp = make_response(RESPONSE)
        resp.set_cookie(key="pref", value=param, max_age=3600, secure=picked, httponly=True)
        return resp
