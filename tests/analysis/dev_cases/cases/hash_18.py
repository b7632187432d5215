import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/kdf")
def kdf():
    password = request.form["password"].encode()
    salt = os.urandom(16)
    key = hashlib.scrypt(password, salt=salt, n=2**14, r=8, p=1)
    return {"len": len(key)}
