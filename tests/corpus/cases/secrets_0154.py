from flask import request
import helpers.separate_request


def init(app):
    @app.route("/bench/secrets/05583", methods=["GET", "POST"])
    def secrets_case_05583():
        RESPONSE = ""
        wrapped = helpers.separate_request.request_wrapper(request)
        param = wrapped.get_form_parameter("BenchmarkTest05583")
        import helpers.utils
        import keyring
        import requests
        password = keyring.get_password("billing", "svc-reports")
        resp = requests.get("https://billing.example.com/api/invoices", params={"currency": param}, auth=("svc-reports", password), timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
