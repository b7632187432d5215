import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/uptime")
def uptime():
    values = [request.args.get("cmd", ""), "uptime"]
    cmd = values[1]
    os.system(cmd)
    return "ok"
