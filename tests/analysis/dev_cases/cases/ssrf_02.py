import urllib.request

from flask import Flask, request

app = Flask(__name__)


@app.post("/fetch")
def fetch():
    target = request.form.get("target", "")
    with urllib.request.urlopen(target, timeout=5) as resp:
        return {"bytes": len(resp.read())}
