import subprocess

from flask import Flask, request

app = Flask(__name__)


class Base:
    def __init__(self, target):
        self.target = target

    def command(self):
        return ["ping", "-c", "1", self.target]

    def run(self):
        return subprocess.run(self.command(), shell=False)


class FastPing(Base):
    def command(self):
        return ["ping", "-c", "1", "-W", "1", self.target]


@app.get("/ping-fast")
def ping_fast():
    FastPing(request.args.get("host", "localhost")).run()
    return "ok"
