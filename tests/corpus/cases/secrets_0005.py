from flask import request


def init(app):

    @app.route('/benchmark/secrets-02/BenchmarkTest41315', methods=['GET'])
    def BenchmarkTest41315_get():
        return BenchmarkTest41315_post()

    @app.route('/benchmark/secrets-02/BenchmarkTest41315', methods=['POST'])
    def BenchmarkTest41315_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest41315")
        import helpers.utils
        import os
        import requests
        resp = requests.get("https://api.partner.example.com/v2/rates", params={"currency": param}, headers={"Authorization": "Bearer " + os.getenv("PARTNER_API_TOKEN", "")}, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
