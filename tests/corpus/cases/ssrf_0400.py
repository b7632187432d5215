from flask import request
import urllib.request
from urllib.parse import urlsplit
import helpers.utils


def init(app):

    @app.route('/benchmark/ssrf-02/BenchmarkTest08035', methods=['GET'])
    def BenchmarkTest08035_get():
        return BenchmarkTest08035_post()

    @app.route('/benchmark/ssrf-02/BenchmarkTest08035', methods=['POST'])
    def BenchmarkTest08035_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest08035", "noCookieValueSupplied")
        queue = [param]
        bar = "".join(queue)
        parts = urlsplit(bar)
        if parts.scheme not in ("https",) or parts.netloc != "hooks.example.com":
            RESPONSE += "Invalid input"
            return RESPONSE
        with urllib.request.urlopen(bar, timeout=5) as resp:
            code = resp.status
        RESPONSE += helpers.utils.escape_for_html(str(code))
        return RESPONSE
