from flask import request
import base64
import httpx
import helpers.utils


def init(app):
    @app.route("/bench/ssrf/10558", methods=["GET", "POST"])
    def ssrf_case_10558():
        RESPONSE = ""
        param = request.values.get("BenchmarkTest10558")
        bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
        with httpx.Client(timeout=5.0) as client:
            resp = client.head(bar)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
