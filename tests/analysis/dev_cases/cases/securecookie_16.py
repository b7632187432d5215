import secrets

from flask import Flask, make_response

from devhelpers.cookies import secure_cookie_flags

app = Flask(__name__)


@app.post("/auth-safe")
def auth_safe():
    resp = make_response("ok")
    flags = secure_cookie_flags()
    resp.set_cookie("auth", secrets.token_urlsafe(16), secure=flags["secure"], httponly=flags["httponly"])
    return resp
