import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/hash/branch")
def hash_branch():
    algorithm = "sha1" if 2 + 2 == 5 else "sha256"
    digest = hashlib.new(algorithm, request.get_data()).hexdigest()
    return {"digest": digest}
