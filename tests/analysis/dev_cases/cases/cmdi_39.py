import os

from flask import Flask, request

from devhelpers import transforms

app = Flask(__name__)


@app.get("/banner")
def banner():
    text = transforms.lookup("shell")(request.args.get("text", ""))
    os.system("figlet " + text)
    return "ok"
