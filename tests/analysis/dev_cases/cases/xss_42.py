import html

from flask import Flask, request

app = Flask(__name__)


@app.get("/list-escaped")
def list_escaped():
    items = map(html.escape, request.args.getlist("item"))
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
