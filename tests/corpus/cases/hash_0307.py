from flask import Flask, request
from hashlib import sha1

app = Flask(__name__)


class FingerprintHandler:
    def run(self, plain):
        digest = sha1(plain.encode("utf-8")).hexdigest()
        return {"digest": digest}


@app.route("/public/hash", methods=["GET", "POST"])
def fingerprint():
    plain = request.environ.get("HTTP_X_VALUE", "")
    return FingerprintHandler().run(plain)
