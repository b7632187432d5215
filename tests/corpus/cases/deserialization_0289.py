from flask import jsonify, request
import yaml
from flask.views import MethodView
from urllib.parse import unquote


class UploadConfigView(MethodView):
    def post(self):
        prefs = request.form["value"]
        switch_target = "QRS"[1]
        match switch_target:
            case 'R':
                subject = prefs
            case 'Q':
                subject = 'safe!'
            case _:
                subject = 'gASVCQAAAAAAAACMBXNhZmUhlC4='
        raw = unquote(subject)
        obj = yaml.unsafe_load(raw)
        return jsonify(loaded=obj is not None)


def register(app):
    app.add_url_rule("/public/restore-state", view_func=UploadConfigView.as_view("uploadconfigview"))
