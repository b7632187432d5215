import secrets
from http.cookies import SimpleCookie

from flask import Flask, make_response

app = Flask(__name__)


@app.post("/legacy-cookie")
def legacy_cookie():
    cookie = SimpleCookie()
    cookie["sid"] = secrets.token_hex(16)
    cookie["sid"]["secure"] = True
    cookie["sid"]["httponly"] = True
    resp = make_response("ok")
    resp.headers["Set-Cookie"] = cookie["sid"].OutputString()
    return resp
