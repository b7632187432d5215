import html

from flask import Flask, request

app = Flask(__name__)


@app.get("/unescaped")
def unescaped():
    stored = html.escape(request.args.get("c", ""))
    return "<p>" + html.unescape(stored) + "</p>"
