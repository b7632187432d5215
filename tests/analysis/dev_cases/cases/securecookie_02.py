import secrets

from flask import Flask, make_response

app = Flask(__name__)


@app.post("/remember")
def remember():
    resp = make_response("remembered")
    resp.set_cookie("remember_token", secrets.token_hex(16), secure=False, httponly=True)
    return resp
