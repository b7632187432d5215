from flask import Flask, request
from markupsafe import escape as e

app = Flask(__name__)


@app.get("/alias-escape")
def alias_escape():
    return "<em>" + str(e(request.args.get("t", ""))) + "</em>"
