from flask import Flask, request
import subprocess

app = Flask(__name__)


@app.route("/internal/ping-host/<hostname>")
def file_info(hostname):
    seq = ['x', hostname, 'status']
    seq.insert(0, 'static_value')
    field = seq[2]
    num = 100
    term = 'status' if (5 * 24) + num < 49 else field
    proc = subprocess.run(f"host {term}", shell=True, capture_output=True, text=True)
    status = proc.returncode
    return "Command finished"
