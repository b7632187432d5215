import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)

UPLOAD_DIR = "/srv/uploads"


@app.post("/upload-safe")
def upload_safe():
    uploaded = request.files["document"]
    uploaded.save(os.path.join(UPLOAD_DIR, secure_filename(uploaded.filename)))
    return {"saved": True}
