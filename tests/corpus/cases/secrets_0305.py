from flask import request
import requests
import helpers.settings
import helpers.utils


def init(app):

    @app.route('/benchmark/secrets-01/BenchmarkTest68241', methods=['GET'])
    def BenchmarkTest68241_get():
        return BenchmarkTest68241_post()

    @app.route('/benchmark/secrets-01/BenchmarkTest68241', methods=['POST'])
    def BenchmarkTest68241_post():
        RESPONSE = ""

        param = request.values.get("BenchmarkTest68241")
        resp = requests.get("https://api.partner.example.com/v2/rates", params={"currency": param}, headers={"Authorization": "Bearer " + helpers.settings.get_secret("PARTNER_API_TOKEN")}, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
