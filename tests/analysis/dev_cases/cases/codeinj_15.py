import re

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/number")
def number():
    raw = request.args.get("n", "0")
    if re.fullmatch(r"\d{1,6}", raw) is None:
        abort(400)
    return {"value": eval(raw)}
