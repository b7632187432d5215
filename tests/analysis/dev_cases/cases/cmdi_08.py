import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/whois", methods=["POST"])
def whois():
    name = request.values.get("name", "")

    def build():
        return "whois " + name

    subprocess.call(build(), shell=True)
    return "done"
