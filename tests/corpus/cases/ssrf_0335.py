from flask import request
import requests
from urllib.parse import urlparse
import helpers.utils


ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}


def init(app):
    @app.route("/bench/ssrf/98946", methods=["GET", "POST"])
    def ssrf_case_98946():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest98946")
        lst = ['https://status.example.org/ping', 'n/a', 'https://api.example.com/v1/status', param]
        lst.append('ABC')
        bar = lst[-2]
        parsed = urlparse(bar)
        if parsed.scheme != "https" or parsed.netloc not in ALLOWED_HOSTS:
            RESPONSE += "Invalid input"
            return RESPONSE
        resp = requests.get(bar, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
