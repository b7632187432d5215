from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)

CARD = Template("<div class='card'>{{ owner }}</div>")


@app.get("/card")
def card():
    return CARD.render(owner=request.args.get("owner", ""))
