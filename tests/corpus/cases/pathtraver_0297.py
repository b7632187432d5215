from flask import request, send_from_directory
from urllib.parse import unquote


def init(app):
    def handle_64415():
        RESPONSE = ""
        param = request.json["BenchmarkTest64415"]
        bar = unquote(param)
        return send_from_directory("/srv/app/reports", bar)

    app.add_url_rule("/benchmark/pathtraver/Test64415", endpoint="handle_64415", view_func=handle_64415, methods=["GET", "POST"])
