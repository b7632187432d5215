import os

from flask import Flask, abort, request

app = Flask(__name__)

BASE = os.path.abspath("/srv/shared")


@app.get("/shared")
def shared():
    requested = os.path.abspath(os.path.join(BASE, request.args.get("p", "")))
    if os.path.dirname(requested) != BASE:
        abort(403)
    with open(requested, "rb") as handle:
        return {"size": len(handle.read())}
