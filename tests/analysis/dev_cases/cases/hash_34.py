from flask import Flask, request
from passlib.hash import md5_crypt

app = Flask(__name__)


@app.post("/legacy-password")
def legacy_password():
    return {"hash": md5_crypt.hash(request.form.get("password", ""))}
