import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/upload/digest")
def upload_digest():
    upload = request.files["file"]
    digest = hashlib.file_digest(upload.stream, "sha256").hexdigest()
    return {"sha256": digest}
