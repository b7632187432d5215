import random

from flask import Flask

app = Flask(__name__)


class TokenFactory:
    def __init__(self):
        self.rng = random.Random()

    def make(self):
        return "%x" % self.rng.getrandbits(64)


@app.post("/api/token")
def api_token():
    return {"len": len(TokenFactory().make())}
