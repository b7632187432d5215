from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/title-safe")
def title_safe():
    return Markup("<h1>%s</h1>") % request.args.get("title", "")
