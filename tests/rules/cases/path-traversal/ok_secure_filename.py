import os
import tarfile

from flask import Flask, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


@app.route("/upload", methods=["POST"])
def upload():
    name = secure_filename(request.form["name"])
    with open(os.path.join(UPLOADS, name), "wb") as handle:
        handle.write(request.get_data())
    return "ok"


@app.route("/files/<name>")
def files(name):
    return send_from_directory(UPLOADS, name)


@app.route("/thumb")
def thumb():
    base = os.path.basename(request.args["img"])
    with open(os.path.join(UPLOADS, "thumbs", base), "rb") as handle:
        return handle.read()


def unpack(archive_path, target):
    with tarfile.open(archive_path) as tar:
        tar.extractall(target, filter="data")
