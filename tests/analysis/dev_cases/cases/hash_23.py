import hashlib

from flask import Flask, request

app = Flask(__name__)

HASHERS = [hashlib.sha256, hashlib.md5]


@app.post("/checksum")
def checksum():
    hasher = HASHERS[1]()
    hasher.update(request.get_data())
    return {"digest": hasher.hexdigest()}
