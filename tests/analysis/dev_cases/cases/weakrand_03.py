import random

from flask import Flask

app = Flask(__name__)


@app.post("/session/new")
def new_session():
    generator = random.Random()
    session_id = "%032x" % generator.getrandbits(128)
    return {"sid_len": len(session_id)}
