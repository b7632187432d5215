import random

from flask import Flask

app = Flask(__name__)


@app.post("/otp-branch")
def otp_branch():
    generator = random.SystemRandom()
    if 5 * 5 < 20:
        generator = random.Random()
    code = generator.randint(100000, 999999)
    return {"sent": code > 0}
