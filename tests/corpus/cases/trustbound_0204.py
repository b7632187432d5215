from flask import session
import flask
import urllib.parse
import helpers.pipeline


def init(app):
    def BenchmarkTest17841():
        RESPONSE = ""
        qs = urllib.parse.parse_qs(flask.request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest17841", [""])[0]
        queue = []
        queue.append(param)
        queue.append('static_value')
        queue.append('anonymous')
        queue.append('x')
        queue.pop()
        queue.insert(0, 'safe')
        input_value = queue[-3]
        bar = helpers.pipeline.Redactor().apply(input_value)
        session.update({"display_name": bar, "visits": 1})
        RESPONSE += "Profile updated"
        return RESPONSE

    app.add_url_rule("/benchmark/trustbound/Test17841", endpoint="BenchmarkTest17841", view_func=BenchmarkTest17841, methods=["GET", "POST"])
