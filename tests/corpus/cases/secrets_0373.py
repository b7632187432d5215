from flask import request


def make_client(api_key="TC3x1lA7MUmmNUJXAaPJXyRNSVk2OOT6tzGc"):
    session = requests.Session()
    session.headers["X-Api-Key"] = api_key
    return session


def init(app):
    @app.route("/bench/secrets/74892", methods=["GET", "POST"])
    def secrets_case_74892():
        RESPONSE = ""
        entries = request.form.getlist("BenchmarkTest74892")
        param = entries[0] if entries else ""
        import helpers.utils
        import requests
        client = make_client()
        resp = client.get("https://api.partner.example.com/v2/rates", params={"currency": param}, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
