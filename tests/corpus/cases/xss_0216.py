from flask import make_response, request
from flask.views import MethodView


class ShowCommentView(MethodView):
    def get(self):
        title = request.json["id"]
        threshold = 122
        input_value = 'Guest'
        while (9 * 23) - threshold < 290:
            input_value = title
            break
        resp = make_response()
        resp.content_type = "text/html; charset=utf-8"
        resp.set_data("<h1>" + input_value + "</h1>")
        return resp


def register(app):
    app.add_url_rule("/api/echo-message", view_func=ShowCommentView.as_view("showcommentview"))
