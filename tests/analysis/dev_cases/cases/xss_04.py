from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/badge")
def badge():
    label = request.args.get("label", "")
    return Markup(f"<span class='badge'>{label}</span>")
