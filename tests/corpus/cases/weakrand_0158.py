from flask import Flask, request
import random
import secrets

app = Flask(__name__)


TOKENS = {}


@app.get("/internal/invite-code")
def reset_code():
    purpose = request.headers.get("X-Request-Id")
    gen = random
    limit = 88
    source_rng = secrets.SystemRandom()
    if (9 * 15) - limit < 163:
        source_rng = gen
    generator = random.SystemRandom()
    token = "%032x" % generator.getrandbits(128)
    TOKENS[purpose] = token
    return {"token": token}
