from flask import request
import urllib.parse
import helpers.registry


def _normalize_value(value):
    return value.strip()


def init(app):
    def run_case_27032():
        RESPONSE = ""
        qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest27032", [""])[0]
        raw = _normalize_value(param)
        bar = helpers.registry.lookup("blank")(raw)
        import helpers.utils
        import urllib3
        pool = urllib3.PoolManager()
        resp = pool.request("GET", bar)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status))
        return RESPONSE

    app.add_url_rule("/benchmark/ssrf/Test27032", endpoint="run_case_27032", view_func=run_case_27032, methods=["GET", "POST"])
