from flask import request
import requests
import helpers.utils


def init(app):

    @app.route('/benchmark/ssrf-00/BenchmarkTest23737', methods=['GET'])
    def BenchmarkTest23737_get():
        return BenchmarkTest23737_post()

    @app.route('/benchmark/ssrf-00/BenchmarkTest23737', methods=['POST'])
    def BenchmarkTest23737_post():
        RESPONSE = ""

        body = request.get_json(silent=True) or {}
        param = str(body.get("BenchmarkTest23737", ""))
        resp = requests.get(param, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
