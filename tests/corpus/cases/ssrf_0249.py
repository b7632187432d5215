from flask import request


def init(app):

    @app.route('/benchmark/ssrf-02/BenchmarkTest32125', methods=['GET'])
    def BenchmarkTest32125_get():
        return BenchmarkTest32125_post()

    @app.route('/benchmark/ssrf-02/BenchmarkTest32125', methods=['POST'])
    def BenchmarkTest32125_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest32125", "noCookieValueSupplied")
        num = 35
        if (8 * 41) + num < 369:
            bar = param
        else:
            bar = 'https://api.example.com/v1/status'
        import helpers.utils
        import requests
        resp = requests.post(bar, json={"event": "ping"}, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
