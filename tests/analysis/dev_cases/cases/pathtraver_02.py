import os

from flask import Flask, send_file

app = Flask(__name__)

UPLOAD_DIR = "/srv/uploads"


@app.route("/uploads/<path:filename>")
def uploaded(filename):
    return send_file(os.path.join(UPLOAD_DIR, filename))
