import flask
import os
import urllib.parse
from pathlib import Path
import helpers.pipeline
import helpers.utils


BASE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static", "docs")


def init(app):
    def handle_46097():
        RESPONSE = ""
        qs = urllib.parse.parse_qs(flask.request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest46097", [""])[0]
        items = []
        items.append('report.txt')
        items.append(param)
        items.append('placeholder')
        items.pop(0)
        items.append('none')
        items.remove('placeholder')
        cleaned = items[0]
        bar = helpers.pipeline.Redactor().apply(cleaned)
        content = (Path(BASE_DIR) / bar).read_text()
        RESPONSE += helpers.utils.escape_for_html(str(len(content)))
        return RESPONSE

    app.add_url_rule("/benchmark/pathtraver/Test46097", endpoint="handle_46097", view_func=handle_46097, methods=["GET", "POST"])
