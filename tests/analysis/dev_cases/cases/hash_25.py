import hashlib

from flask import Flask, request

from devhelpers.crypto import legacy_algorithm

app = Flask(__name__)


@app.post("/legacy-digest")
def legacy_digest():
    digest = hashlib.new(legacy_algorithm(), request.get_data()).hexdigest()
    return {"digest": digest}
