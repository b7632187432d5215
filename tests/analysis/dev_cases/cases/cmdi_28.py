import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/git/clone")
def clone():
    repo = request.get_json(silent=True).get("repo", "")
    try:
        subprocess.run(["bash", "-c", "git clone " + repo + " /tmp/checkout"], check=True, timeout=60)
    except subprocess.CalledProcessError:
        return {"ok": False}, 500
    return {"ok": True}
