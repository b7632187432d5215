import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/sign")
def sign():
    data = request.get_data()
    digest = hashlib.new("MD5", data).hexdigest()
    return {"signature": digest}
