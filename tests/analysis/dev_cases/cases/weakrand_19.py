import random

from flask import Flask

app = Flask(__name__)


class TokenFactory:
    def __init__(self):
        self.rng = random.SystemRandom()

    def make(self):
        return "%x" % self.rng.getrandbits(64)


@app.post("/api/token-safe")
def api_token_safe():
    return {"len": len(TokenFactory().make())}
