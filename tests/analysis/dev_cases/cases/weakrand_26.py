import uuid

from flask import Flask

app = Flask(__name__)


@app.post("/reset-link")
def reset_link():
    token = uuid.uuid1().hex
    return {"token_len": len(token)}
