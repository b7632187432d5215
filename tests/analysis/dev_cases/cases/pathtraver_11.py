import os

from flask import Flask, abort, request

app = Flask(__name__)

BASE = "/srv/files"


@app.get("/files-check")
def files_check():
    full = os.path.join(BASE, request.args.get("name", ""))
    if not full.startswith(BASE):
        abort(403)
    with open(full, "rb") as handle:
        return {"size": len(handle.read())}
