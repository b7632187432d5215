import hashlib

from flask import Flask, request

app = Flask(__name__)

HASHERS = [hashlib.sha256, hashlib.md5]


@app.post("/checksum-strong")
def checksum_strong():
    hasher = HASHERS[0]()
    hasher.update(request.get_data())
    return {"digest": hasher.hexdigest()}
