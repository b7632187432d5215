from flask import request
import requests
import helpers.text
import helpers.utils


def init(app):

    @app.route('/benchmark/ssrf-01/BenchmarkTest04232', methods=['GET'])
    def BenchmarkTest04232_get():
        return BenchmarkTest04232_post()

    @app.route('/benchmark/ssrf-01/BenchmarkTest04232', methods=['POST'])
    def BenchmarkTest04232_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        bar = helpers.text.normalise(param)
        resp = requests.get(bar, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
