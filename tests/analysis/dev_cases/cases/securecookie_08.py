import secrets

from flask import Flask, make_response

from devhelpers.cookies import cookie_flags

app = Flask(__name__)


@app.post("/auth")
def auth():
    resp = make_response("ok")
    resp.set_cookie("auth", secrets.token_urlsafe(16), **cookie_flags())
    return resp
