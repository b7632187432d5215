from flask import request
from urllib.parse import unquote


def init(app):
    def handle_99168():
        RESPONSE = ""
        param = request.form["BenchmarkTest99168"]
        bar = unquote(param)
        RESPONSE += "<li>%s</li>" % bar
        return RESPONSE

    app.add_url_rule("/benchmark/xss/Test99168", endpoint="handle_99168", view_func=handle_99168, methods=["GET", "POST"])
