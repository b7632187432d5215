import hashlib

from flask import Flask, request

from devhelpers.crypto import preferred_algorithm

app = Flask(__name__)


@app.post("/preferred-digest")
def preferred_digest():
    digest = hashlib.new(preferred_algorithm(), request.get_data()).hexdigest()
    return {"digest": digest}
