from flask import request


def partner_session(api_key="ILBhHmAzEPXDcFuAKkSUkCRl0FE3xJiIIjT9"):
    session = requests.Session()
    session.headers["X-Api-Key"] = api_key
    return session


def init(app):
    @app.route("/bench/secrets/08272", methods=["GET", "POST"])
    def secrets_case_08272():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest08272", "")
        import helpers.utils
        import requests
        client = partner_session()
        resp = client.get("https://api.partner.example.com/v2/rates", params={"currency": param}, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
