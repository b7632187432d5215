import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/upload/checksum")
def upload_checksum():
    checksum = hashlib.md5(request.files["file"].read()).hexdigest()
    return {"checksum": checksum}
