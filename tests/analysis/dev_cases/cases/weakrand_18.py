import random
import string

from flask import Flask

app = Flask(__name__)


@app.post("/coupon")
def coupon():
    chars = list(string.ascii_uppercase + string.digits)
    random.shuffle(chars)
    code = "".join(chars[:10])
    return {"coupon_len": len(code)}
