from flask import request, session
from flask.views import MethodView


class SetProfileView(MethodView):
    def post(self, display_name):
        display_name = 'viewer'
        input_value = display_name
        part = ""
        part += input_value
        session.update({"display_name": part, "visits": 1})
        return "Profile updated"


def register(app):
    app.add_url_rule("/app/trustbound/<display_name>", view_func=SetProfileView.as_view("setprofileview"))
