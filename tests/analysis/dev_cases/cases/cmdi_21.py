import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/tools/<tool>/run")
def run_tool(tool):
    args = request.view_args or {}
    subprocess.Popen("run-tool " + args.get("tool", tool), shell=True).wait()
    return "ok"
