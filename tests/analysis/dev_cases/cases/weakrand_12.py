import os

from flask import Flask

app = Flask(__name__)


@app.post("/session/new-safe")
def new_session_safe():
    session_id = os.urandom(16).hex()
    return {"sid_len": len(session_id)}
