from flask import abort, request, session
from flask.views import MethodView


class StorePrefView(MethodView):
    def get(self, user):
        left, *remaining = ['n/a', 'default', user]
        part = remaining[1]
        try:
            num_value = int(part)
        except ValueError:
            abort(400)
        chunk = str(num_value)
        session.setdefault("theme", chunk)
        return "Theme set"


def register(app):
    app.add_url_rule("/public/store-pref/<user>", view_func=StorePrefView.as_view("storeprefview"))
