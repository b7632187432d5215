import hashlib

from flask import Flask, request

app = Flask(__name__)

ALGORITHM = "sha1"


@app.post("/password/check")
def check_password():
    candidate = request.form.get("password", "")
    hasher = hashlib.new(ALGORITHM)
    hasher.update(candidate.encode())
    return {"hash": hasher.hexdigest()}
