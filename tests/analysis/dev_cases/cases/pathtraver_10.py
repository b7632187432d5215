import os

from flask import Flask, request, send_file

app = Flask(__name__)

BASE = "/srv/exports"


@app.get("/exports")
def export():
    wanted = request.args.get("file", "")
    resolved = os.path.realpath(os.path.join(BASE, wanted))
    return send_file(resolved)
