import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/register")
def register():
    password = request.form["password"]
    stored = hashlib.md5(password.encode("utf-8")).hexdigest()
    return {"stored": len(stored)}
