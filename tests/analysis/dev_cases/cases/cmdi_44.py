import subprocess

from flask import Flask, request

app = Flask(__name__)


class Base:
    def __init__(self, target):
        self.target = target

    def command(self):
        return ["ping", "-c", "1", self.target]

    def run(self):
        return subprocess.run(self.command(), shell=self.use_shell())

    def use_shell(self):
        return False


class ShellPing(Base):
    def command(self):
        return "ping -c 1 " + self.target

    def use_shell(self):
        return True


@app.get("/ping-shell")
def ping_shell():
    ShellPing(request.args.get("host", "localhost")).run()
    return "ok"
