import os

from flask import Flask, abort, request

app = Flask(__name__)

BASE = "/srv/files"


@app.get("/files-real")
def files_real():
    full = os.path.realpath(os.path.join(BASE, request.args.get("name", "")))
    if not full.startswith(BASE + os.sep):
        abort(403)
    os.remove(full)
    return {"deleted": True}
