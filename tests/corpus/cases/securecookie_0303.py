from flask import make_response, request
import helpers.separate_request


def init(app):
    @app.route("/bench/securecookie/00930", methods=["GET", "POST"])
    def securecookie_case_00930():
        RESPONSE = ""
        wrapped = helpers.separate_request.request_wrapper(request)
        param = wrapped.get_form_parameter("BenchmarkTest00930")
        bar = param[:1024]
        RESPONSE += "Preference saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("locale", bar, secure=False, httponly=True)
        return resp
