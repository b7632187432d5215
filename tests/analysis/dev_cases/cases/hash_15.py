import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/sha3")
def sha3():
    return {"digest": hashlib.sha3_256(request.get_data()).hexdigest()}
