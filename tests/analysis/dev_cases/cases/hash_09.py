import hashlib

from flask import Flask, request

app = Flask(__name__)


class PasswordHasher:
    def __init__(self):
        self.algorithm = "sha1"

    def hash(self, password):
        return hashlib.new(self.algorithm, password.encode()).hexdigest()


@app.post("/users")
def create_user():
    hasher = PasswordHasher()
    return {"hash": hasher.hash(request.form["password"])}
