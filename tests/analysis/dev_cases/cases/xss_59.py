from flask import Flask, request
from flask.views import View

app = Flask(__name__)


class Echo(View):
    def dispatch_request(self):
        return "<pre>" + request.args.get("text", "") + "</pre>"


app.add_url_rule("/echo-view", view_func=Echo.as_view("echo"))
