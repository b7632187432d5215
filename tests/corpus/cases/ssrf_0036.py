from flask import request
import requests
import helpers.utils


def init(app):

    @app.route('/benchmark/ssrf-01/BenchmarkTest56733', methods=['GET'])
    def BenchmarkTest56733_get():
        return BenchmarkTest56733_post()

    @app.route('/benchmark/ssrf-01/BenchmarkTest56733', methods=['POST'])
    def BenchmarkTest56733_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest56733", "noCookieValueSupplied")
        bar = param.strip()
        resp = requests.post(bar, json={"event": "ping"}, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
