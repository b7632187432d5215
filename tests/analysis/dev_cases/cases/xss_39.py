from flask import Flask, request

from devhelpers.transforms import apply

app = Flask(__name__)


@app.get("/render-note-raw")
def render_note_raw():
    note = apply("squeeze", request.args.get("note", ""))
    return "<div class='note'>" + note + "</div>"
