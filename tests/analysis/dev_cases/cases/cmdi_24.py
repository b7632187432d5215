import subprocess

from flask import Flask, request

app = Flask(__name__)


class Job:
    def __init__(self):
        self.command = "true"

    def configure(self, command):
        self.command = command

    def start(self):
        return subprocess.Popen(self.command, shell=True)


@app.post("/jobs")
def create_job():
    job = Job()
    job.configure(request.form.get("command", "true"))
    job.start()
    return "started"
