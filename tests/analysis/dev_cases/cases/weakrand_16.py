from random import SystemRandom

from flask import Flask

app = Flask(__name__)

_rng = SystemRandom()


@app.post("/token-sys")
def token_sys():
    token = "%032x" % _rng.getrandbits(128)
    return {"len": len(token)}
