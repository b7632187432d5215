from flask import request
import requests
import helpers.utils


class Box:
    def __init__(self, content):
        self.content = content


def init(app):

    @app.route('/benchmark/ssrf-01/BenchmarkTest72616', methods=['GET'])
    def BenchmarkTest72616_get():
        return BenchmarkTest72616_post()

    @app.route('/benchmark/ssrf-01/BenchmarkTest72616', methods=['POST'])
    def BenchmarkTest72616_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest72616", "")
        bar = Box(param).content
        resp = requests.get("https://api.example.com/search", params={"q": bar}, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
