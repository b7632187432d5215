from flask import request
import helpers.separate_request


def rates_client(api_key="cGklgHcWbol3OMkVBTA3IwT06KPbatr1lVVF"):
    session = requests.Session()
    session.headers["X-Api-Key"] = api_key
    return session


def init(app):
    def handle_73541():
        RESPONSE = ""
        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest73541")
        if not param:
            param = ""
        import helpers.utils
        import requests
        client = rates_client()
        resp = client.get("https://api.partner.example.com/v2/rates", params={"currency": param}, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE

    app.add_url_rule("/benchmark/secrets/Test73541", endpoint="handle_73541", view_func=handle_73541, methods=["GET", "POST"])
