from flask import request
import httpx
import json
import helpers.separate_request
import helpers.utils


TRUSTED_FEEDS = frozenset({"feeds.example.com", "news.example.org"})


def init(app):

    @app.route('/benchmark/ssrf-00/BenchmarkTest07513', methods=['GET'])
    def BenchmarkTest07513_get():
        return BenchmarkTest07513_post()

    @app.route('/benchmark/ssrf-00/BenchmarkTest07513', methods=['POST'])
    def BenchmarkTest07513_post():
        RESPONSE = ""

        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest07513")
        if not param:
            param = ""
        bar = json.loads(json.dumps({"v": param}))["v"]
        target = httpx.URL(bar)
        if target.scheme != "https" or target.host not in TRUSTED_FEEDS:
            RESPONSE += "Invalid input"
            return RESPONSE
        resp = httpx.get(target)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
