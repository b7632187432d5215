import random
import time

from flask import Flask

app = Flask(__name__)


@app.post("/invite")
def invite():
    rng = random.Random(time.time())
    invite_code = rng.randrange(10**8)
    return {"digits": len(str(invite_code))}
