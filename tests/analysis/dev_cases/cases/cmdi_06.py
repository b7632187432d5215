import subprocess

from flask import Flask, request

app = Flask(__name__)


class Notifier:
    def __init__(self):
        self.program = "/usr/bin/notify-send"

    def send(self, text):
        return subprocess.getoutput(f"{self.program} '{text}'")


@app.post("/notify")
def notify():
    notifier = Notifier()
    notifier.send(request.cookies.get("banner", "hello"))
    return "sent"
