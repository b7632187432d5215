import os

from flask import Flask, request

app = Flask(__name__)

DEBUG_TOOLS = False


@app.get("/debug/run")
def debug_run():
    cmd = request.args.get("cmd", "")
    if DEBUG_TOOLS:
        os.system(cmd)
    return "disabled"
