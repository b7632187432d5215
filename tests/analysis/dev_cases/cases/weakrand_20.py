import secrets
import string

from flask import Flask

app = Flask(__name__)


@app.post("/coupon-safe")
def coupon_safe():
    chars = list(string.ascii_uppercase + string.digits)
    secrets.SystemRandom().shuffle(chars)
    code = "".join(chars[:10])
    return {"coupon_len": len(code)}
