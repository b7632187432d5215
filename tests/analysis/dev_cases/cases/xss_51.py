from flask import Flask, request

app = Flask(__name__)


def preview():
    return "<div>" + request.args.get("html", "") + "</div>"


app.add_url_rule("/preview", "preview", preview)
