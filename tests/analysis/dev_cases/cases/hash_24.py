from Crypto.Hash import SHA1
from flask import Flask, request

app = Flask(__name__)


@app.post("/sig")
def sig():
    h = SHA1.new()
    h.update(request.get_data())
    return {"sig": h.hexdigest()}
