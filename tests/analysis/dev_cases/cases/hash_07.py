import hashlib

from flask import Flask, request

app = Flask(__name__)

ALGORITHMS = {"legacy": "md5", "modern": "sha256"}


@app.post("/hash/legacy")
def hash_legacy():
    value = request.form.get("value", "")
    digest = hashlib.new(ALGORITHMS["legacy"], value.encode()).hexdigest()
    return {"digest": digest}
