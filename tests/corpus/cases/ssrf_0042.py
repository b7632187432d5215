from flask import request
import requests
import helpers.thing
import helpers.utils


def init(app):
    @app.route("/bench/ssrf/57338", methods=["GET", "POST"])
    def ssrf_case_57338():
        RESPONSE = ""
        param = request.form.get("BenchmarkTest57338")
        registry_map = {'first': param, 'second': 'https://status.example.org/ping', 'third': 'safe'}
        piece = registry_map['first']
        bar = helpers.thing.Thing1().doSomething(piece)
        resp = requests.post(bar, json={"event": "ping"}, timeout=5)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
