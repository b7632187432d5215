import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.get("/truthy-shell")
def truthy_shell():
    subprocess.call("du -sh " + request.args.get("dir", "."), shell=1)
    return "ok"
