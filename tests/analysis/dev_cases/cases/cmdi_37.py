import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.get("/version")
def version():
    tool = request.args.get("tool", "git")
    subprocess.run(["/usr/bin/which", "--", tool], check=False)
    return {"tool_length": len(tool)}
