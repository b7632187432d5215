import os

from flask import Flask, request

app = Flask(__name__)

BASE = "/srv/data"


@app.get("/data")
def data_file():
    name = request.args.get("f", "")
    path = os.path.normpath(os.path.join(BASE, name))
    with open(path, "rb") as handle:
        return {"size": len(handle.read())}
