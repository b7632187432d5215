from random import random as rnd

from flask import Flask

app = Flask(__name__)


@app.get("/nonce")
def nonce():
    value = str(rnd())[2:]
    return {"nonce_len": len(value)}
