import os

from flask import Flask, request

app = Flask(__name__)

COMMANDS = {"disk": "df -h", "memory": "free -m", "load": "uptime"}


@app.get("/stats")
def stats():
    which = request.args.get("what", "load")
    command = COMMANDS.get(which, "uptime")
    output = os.popen(command).read()
    return {"lines": output.count("\n")}
