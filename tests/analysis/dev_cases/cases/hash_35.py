from flask import Flask, request
from passlib.hash import bcrypt

app = Flask(__name__)


@app.post("/password")
def password():
    return {"hash": bcrypt.hash(request.form.get("password", ""))}
