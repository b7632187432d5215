from flask import request


def init(app):
    @app.route("/bench/ssrf/80396", methods=["GET", "POST"])
    def ssrf_case_80396():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        opts = {'first': param, 'second': 'a_Value', 'third': 'x'}
        field = opts['first']
        registry_map = {'first': 'static_value', 'second': field, 'third': 'https://api.example.com/v1/status'}
        bar = registry_map['second']
        import helpers.utils
        import urllib.request
        with urllib.request.urlopen(bar, timeout=5) as resp:
            code = resp.status
        RESPONSE += helpers.utils.escape_for_html(str(code))
        return RESPONSE
