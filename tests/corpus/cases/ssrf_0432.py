from flask import request
from urllib.parse import quote


def init(app):
    @app.route("/bench/ssrf/22924", methods=["GET", "POST"])
    def ssrf_case_22924():
        RESPONSE = ""
        payload_json = request.get_json(silent=True) or {}
        param = str(payload_json.get("BenchmarkTest22924", ""))
        bucket = [param]
        bar = "".join(bucket)
        import helpers.utils
        import requests
        resp = requests.get("https://api.example.com/items/" + quote(bar, safe=""), timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
