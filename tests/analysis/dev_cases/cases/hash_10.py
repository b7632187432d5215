import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/otp/hash")
def otp_hash():
    code = request.form.get("otp", "")
    hash_function = getattr(hashlib, "md5")
    return {"hash": hash_function(code.encode()).hexdigest()}
