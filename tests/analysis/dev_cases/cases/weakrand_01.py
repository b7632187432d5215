import random

from flask import Flask

app = Flask(__name__)


@app.post("/otp")
def otp():
    code = random.randint(100000, 999999)
    return {"sent": code > 0}
