from flask import request


def init(app):

    @app.route('/benchmark/ssrf-02/BenchmarkTest20915', methods=['GET'])
    def BenchmarkTest20915_get():
        return BenchmarkTest20915_post()

    @app.route('/benchmark/ssrf-02/BenchmarkTest20915', methods=['POST'])
    def BenchmarkTest20915_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest20915")
        if param is None:
            param = ""
        seq = [param, 'https://api.example.com/health']
        seq[0] = 'https://api.example.com/v1/status'
        bar = seq[0]
        import helpers.utils
        import requests
        resp = requests.get(bar, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
