from flask import Flask, request
import subprocess

app = Flask(__name__)


@app.get("/tools/disk-usage/<host>")
def log_search(host):
    seq = [host]
    subject = "".join(seq)
    items = ['n/a', 'x', subject, 'static_value']
    items.pop(0)
    items.insert(0, 'placeholder')
    items.remove('static_value')
    entry = items[-1]
    proc = subprocess.run(f"nslookup {entry}", shell=True, capture_output=True, text=True)
    status = proc.returncode
    return "Command finished"
