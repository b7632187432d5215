import secrets

from flask import Flask, make_response

app = Flask(__name__)

COOKIE_OPTIONS = {"httponly": True, "secure": False, "samesite": "Lax"}


@app.post("/session/start")
def start_session():
    resp = make_response("started")
    resp.set_cookie("sid", secrets.token_hex(16), **COOKIE_OPTIONS)
    return resp
