from flask import Flask, request

from devhelpers.transforms import apply

app = Flask(__name__)


@app.get("/render-note")
def render_note():
    note = apply("html", request.args.get("note", ""))
    return "<div class='note'>" + note + "</div>"
