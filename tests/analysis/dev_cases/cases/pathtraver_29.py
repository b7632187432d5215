import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/default-log")
def default_log():
    options = {"file": request.args.get("file", ""), "fallback": "app.log"}
    options["file"] = options["fallback"]
    with open(os.path.join("/var/log/app", options["file"]), encoding="utf-8") as handle:
        return {"lines": len(handle.readlines())}
