from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/badge-safe")
def badge_safe():
    label = request.args.get("label", "")
    return Markup("<span class='badge'>{}</span>").format(label)
