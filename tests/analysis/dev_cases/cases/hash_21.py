import hashlib

from flask import Flask, request

app = Flask(__name__)

ALGORITHMS = {"legacy": "md5", "modern": "sha256"}


@app.post("/hash/modern")
def hash_modern():
    value = request.form.get("value", "")
    digest = hashlib.new(ALGORITHMS["modern"], value.encode()).hexdigest()
    return {"digest": digest}
