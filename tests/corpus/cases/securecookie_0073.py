from flask import make_response, request
import helpers.separate_request


def init(app):
    @app.route("/bench/securecookie/38010", methods=["GET", "POST"])
    def securecookie_case_38010():
        RESPONSE = ""
        wrapped = helpers.separate_request.request_wrapper(request)
        param = wrapped.get_form_parameter("BenchmarkTest38010")
        https_only = False
        params = {'group': {'keyA-1234': True, 'keyB-1234': True, 'keyC': https_only}}
        chosen = params['group']['keyC']
        registry_map = {'group': {'keyA-1234': chosen, 'keyB-1234': True, 'keyC': True}}
        secure = registry_map['group']['keyA-1234']
        RESPONSE += "Preference saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("session_hint", param, secure=secure, httponly=True, samesite="Lax")
        return resp
