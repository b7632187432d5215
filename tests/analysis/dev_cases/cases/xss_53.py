from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/allow-bold")
def allow_bold():
    text = str(escape(request.args.get("t", "")))
    text = text.replace("&lt;b&gt;", "<b>").replace("&lt;/b&gt;", "</b>")
    return f"<p>{text}</p>"
