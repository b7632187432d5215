import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/sign2")
def sign_sha384():
    digest = hashlib.new("sha384", request.get_data()).hexdigest()
    return {"signature": digest}
