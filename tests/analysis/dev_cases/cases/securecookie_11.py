import secrets

from flask import Flask, make_response

app = Flask(__name__)

COOKIE_OPTIONS = {"httponly": True, "secure": True, "samesite": "Strict"}


@app.post("/session/start-safe")
def start_session_safe():
    resp = make_response("started")
    resp.set_cookie("sid", secrets.token_hex(16), **COOKIE_OPTIONS)
    return resp
