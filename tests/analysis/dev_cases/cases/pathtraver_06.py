import os

from flask import Flask, request

app = Flask(__name__)

UPLOAD_DIR = "/srv/uploads"


@app.post("/upload")
def upload():
    uploaded = request.files["document"]
    uploaded.save(os.path.join(UPLOAD_DIR, uploaded.filename))
    return {"saved": True}
