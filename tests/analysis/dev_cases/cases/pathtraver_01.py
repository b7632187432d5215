import os

from flask import Flask, request

app = Flask(__name__)

BASE_DIR = "/srv/reports"


@app.get("/reports")
def report():
    name = request.args["name"]
    with open(os.path.join(BASE_DIR, name), encoding="utf-8") as handle:
        return {"lines": len(handle.readlines())}
