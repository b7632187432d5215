import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/register2")
def register_sha256():
    password = request.form["password"]
    salt = request.form.get("salt", "").encode()
    stored = hashlib.sha256(salt + password.encode("utf-8")).hexdigest()
    return {"stored": len(stored)}
