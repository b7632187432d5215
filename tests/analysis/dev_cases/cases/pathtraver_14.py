import os

from flask import Flask, abort, request

app = Flask(__name__)

BASE = os.path.realpath("/srv/reports")


@app.get("/reports-safe")
def report_safe():
    target = os.path.realpath(os.path.join(BASE, request.args.get("name", "")))
    if os.path.commonpath([BASE, target]) != BASE:
        abort(403)
    with open(target, encoding="utf-8") as handle:
        return {"lines": len(handle.readlines())}
