import uuid

from flask import Flask

app = Flask(__name__)


@app.post("/invite-safe")
def invite_safe():
    invite_code = uuid.uuid4().hex
    return {"length": len(invite_code)}
