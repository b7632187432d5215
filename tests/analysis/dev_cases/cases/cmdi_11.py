import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.get("/net/ping2")
def ping_list():
    host = request.args.get("host", "127.0.0.1")
    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, check=False)
    return {"code": result.returncode}
