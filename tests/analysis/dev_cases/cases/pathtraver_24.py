import shutil

from flask import Flask, request

app = Flask(__name__)


@app.post("/workspace/reset")
def reset_workspace():
    workspace = request.json.get("workspace", "default")
    shutil.rmtree("/srv/workspaces/" + workspace, ignore_errors=True)
    return "reset"
