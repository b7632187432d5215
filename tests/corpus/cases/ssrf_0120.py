from flask import request
import requests
import helpers.utils


def init(app):
    @app.route("/bench/ssrf/24737", methods=["GET", "POST"])
    def ssrf_case_24737():
        RESPONSE = ""
        param = request.headers.get("X-Forwarded-User")
        if not param:
            param = ""
        map = {'request_data': {'k1': 'placeholder', 'k2': param, 'k3': 'static_value'}}
        entry = map['request_data']['k2']
        registry_map = {'group': {'primary': 'none', 'secondary': entry, 'fallback': 'n/a'}}
        bar = registry_map['group']['primary']
        resp = requests.get(bar, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
