from flask import request


PARTNER_TOKEN = "eJrbrbiPMO9dh5uXDXcpCJjyMotSRCYpoSa4vmBI"


def init(app):

    @app.route('/benchmark/secrets-01/BenchmarkTest42689', methods=['GET'])
    def BenchmarkTest42689_get():
        return BenchmarkTest42689_post()

    @app.route('/benchmark/secrets-01/BenchmarkTest42689', methods=['POST'])
    def BenchmarkTest42689_post():
        RESPONSE = ""

        values = request.values.getlist("BenchmarkTest42689")
        param = values[0] if values else ""
        import helpers.utils
        import requests
        resp = requests.get("https://api.partner.example.com/v2/rates", params={"currency": param}, headers={"Authorization": f"Bearer {PARTNER_TOKEN}"}, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
