import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/hash/configurable")
def hash_configurable():
    algorithm = "md5"
    algorithm = "sha512"
    digest = hashlib.new(algorithm, request.get_data()).hexdigest()
    return {"digest": digest}
