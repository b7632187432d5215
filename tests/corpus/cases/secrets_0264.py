from flask import request
import requests
import helpers.utils


def init(app):

    @app.route('/benchmark/secrets-02/BenchmarkTest18686', methods=['GET'])
    def BenchmarkTest18686_get():
        return BenchmarkTest18686_post()

    @app.route('/benchmark/secrets-02/BenchmarkTest18686', methods=['POST'])
    def BenchmarkTest18686_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest18686")
        resp = requests.get("https://billing.example.com/api/invoices", params={"currency": param}, auth=("svc-reports", "PIjX#QWA+#EHP7vm"), timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
