import re

from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/next-path")
def next_path():
    target = request.args.get("next", "/")
    if not re.fullmatch(r"/(?![/\\])[\w/-]*", target):
        target = "/"
    return redirect(target)
