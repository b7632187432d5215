import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/backup")
def backup():
    options = " ".join(f"--{key}={value}" for key, value in request.args.items())
    rc = os.system("/opt/backup/run.sh " + options)
    return {"rc": rc}
