import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/logs")
def logs():
    parts = request.args.get("path", "").split("/")
    target = os.path.join("/var/log/app", *parts)
    entries = os.listdir(target)
    return {"entries": len(entries)}
