import random

from flask import Flask

app = Flask(__name__)


@app.post("/otp-safe")
def otp_safe():
    code = random.SystemRandom().randint(100000, 999999)
    return {"sent": code > 0}
