import subprocess

from flask import Flask, request

app = Flask(__name__)


class Job:
    def __init__(self):
        self.argv = ["true"]

    def configure(self, target):
        self.argv = ["rsync", "-a", "--", target, "/srv/backup/"]

    def start(self):
        return subprocess.Popen(self.argv)


@app.post("/jobs-safe")
def create_job_safe():
    job = Job()
    job.configure(request.form.get("target", "/srv/data"))
    job.start()
    return "started"
