import secrets

from flask import Flask, make_response

app = Flask(__name__)


@app.post("/sso-safe")
def sso_safe():
    sid = secrets.token_hex(16)
    resp = make_response("ok")
    resp.headers["Set-Cookie"] = f"sid={sid}; Secure; HttpOnly; Path=/; SameSite=Lax"
    return resp
