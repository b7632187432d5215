import os

from flask import Flask, request

from devhelpers import transforms

app = Flask(__name__)


@app.get("/banner-raw")
def banner_raw():
    text = transforms.lookup("squeeze")(request.args.get("text", ""))
    os.system("figlet " + text)
    return "ok"
