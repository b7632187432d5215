from flask import make_response, request
import json
import helpers.separate_request


def init(app):
    def run_case_93604():
        RESPONSE = ""
        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest93604")
        if not param:
            param = ""
        bar = json.loads(json.dumps({"v": param}))["v"]
        RESPONSE += "Saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("visitor", bar, max_age=600, samesite="Lax", httponly=True, secure=True)
        return resp

    app.add_url_rule("/benchmark/securecookie/Test93604", endpoint="run_case_93604", view_func=run_case_93604, methods=["GET", "POST"])
