import secrets

from flask import Flask

app = Flask(__name__)


@app.post("/password-reset-safe")
def password_reset_safe():
    token = secrets.token_urlsafe(32)
    return {"token_length": len(token)}
