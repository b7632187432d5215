import secrets

from flask import Flask, make_response

app = Flask(__name__)


def issue(resp, name, value, secure=False):
    resp.set_cookie(name, value, secure=secure, httponly=True)
    return resp


@app.post("/csrf")
def csrf():
    return issue(make_response("ok"), "csrf_token", secrets.token_hex(16))
