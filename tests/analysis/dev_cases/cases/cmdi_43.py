import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/late-binding")
def late_binding():
    def run():
        os.system("echo " + message)

    message = request.form.get("message", "")
    run()
    return "ok"
