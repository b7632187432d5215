import random

from flask import Flask

app = Flask(__name__)

GENERATORS = {"fast": random.random, "secure": None}


@app.post("/reset-code")
def reset_code():
    make = GENERATORS["fast"]
    return {"code_len": len(str(make()))}
