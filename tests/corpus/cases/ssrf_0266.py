from flask import request


def init(app):
    @app.route("/bench/ssrf/37547", methods=["GET", "POST"])
    def ssrf_case_37547():
        RESPONSE = ""
        param = request.values.get("BenchmarkTest37547")
        bucket = [param]
        item = "".join(bucket)
        limit = 16
        bar = 'https://status.example.org/ping'
        if (6 * 52) - limit > 60:
            bar = item
        import helpers.utils
        import urllib.request
        with urllib.request.urlopen(bar, timeout=5) as resp:
            code = resp.status
        RESPONSE += helpers.utils.escape_for_html(str(code))
        return RESPONSE
