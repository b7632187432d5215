import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/trace")
def trace():
    data = request.get_json(force=True) or {}
    target = data.get("target", "localhost")
    status = os.system("traceroute -m 5 " + target)
    return {"status": status}
