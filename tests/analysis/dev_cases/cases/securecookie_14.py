import secrets

from flask import Flask, make_response

app = Flask(__name__)


@app.post("/branchy")
def branchy():
    secure_flag = False if 1 > 2 else True
    resp = make_response("ok")
    resp.set_cookie("sid", secrets.token_hex(8), secure=secure_flag, httponly=True)
    return resp
