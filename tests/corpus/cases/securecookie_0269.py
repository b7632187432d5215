from flask import make_response, request
from flask.views import MethodView


class TrackVisitView(MethodView):
    def post(self, theme):
        item = theme.replace("\t", " ")
        resp = make_response("Preference saved")
        resp.set_cookie("rememberMe", item, samesite="Strict", path="/")
        return resp


def register(app):
    app.add_url_rule("/admin/set-pref/<theme>", view_func=TrackVisitView.as_view("trackvisitview"))
