from flask import request
from flask.views import MethodView
from pathlib import Path


class DownloadView(MethodView):
    def get(self):
        attachment = request.form["value"]
        value = ""
        value += attachment
        Path("/var/cache/app", value).unlink(missing_ok=True)
        return "Removed"


def register(app):
    app.add_url_rule("/tools/pathtraver", view_func=DownloadView.as_view("downloadview"))
