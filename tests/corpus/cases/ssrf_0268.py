import flask
import urllib.parse


def init(app):
    def run_case_98399():
        RESPONSE = ""
        qs = urllib.parse.parse_qs(flask.request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest98399", [""])[0]
        k = 98
        value = 'https://api.example.com/v1/status'
        while (8 * 54) - k > 244:
            value = param
            break
        threshold = 119
        if (6 * 41) + threshold < 49:
            bar = 'https://api.example.com/health'
        elif (5 * 46) + threshold > 250:
            bar = value
        else:
            bar = 'https://status.example.org/ping'
        import helpers.utils
        import httpx
        resp = httpx.get("https://catalog.example.org/v2/lookup", params={"sku": bar})
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE

    app.add_url_rule("/benchmark/ssrf/Test98399", endpoint="run_case_98399", view_func=run_case_98399, methods=["GET", "POST"])
