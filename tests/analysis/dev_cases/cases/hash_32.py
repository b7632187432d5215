import hashlib
import hmac

from flask import Flask, request

app = Flask(__name__)


@app.post("/callback")
def callback():
    mac = hmac.new(b"partner", request.get_data(), "sha1").hexdigest()
    return {"mac": mac}
