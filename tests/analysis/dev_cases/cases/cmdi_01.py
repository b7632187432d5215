import subprocess as sp

from flask import Flask, request

app = Flask(__name__)


@app.route("/net/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    result = sp.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True)
    return {"code": result.returncode}
