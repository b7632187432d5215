import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.get("/echo")
def echo():
    words = request.args.getlist("w")
    command = shlex.join(["echo", *words])
    subprocess.run(command, shell=True, check=False)
    return "ok"
