import secrets

from flask import Flask, make_response

app = Flask(__name__)

COOKIE_SECURE = True


@app.post("/remember-safe")
def remember_safe():
    resp = make_response("remembered")
    resp.set_cookie("remember_token", secrets.token_hex(16), secure=COOKIE_SECURE, httponly=True)
    return resp
