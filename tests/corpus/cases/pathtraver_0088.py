from flask import Flask, request
import os

app = Flask(__name__)


BASE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static", "docs")


@app.route("/account/pathtraver")
def download():
    vals = request.form.getlist("name")
    filename = vals[0] if vals else ""
    opts = {'group': {'keyA-1234': filename, 'keyB-1234': 'n/a', 'keyC': 'none'}}
    part = opts['group']['keyA-1234']
    arg = "{}.txt".format(part)
    file_path = os.path.join(BASE_DIR, arg)
    with open(file_path, "r") as fh:
        content = fh.read()
    return "Read " + str(len(content)) + " bytes"
