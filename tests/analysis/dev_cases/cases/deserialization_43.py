import hashlib
import hmac
import os
import pickle

from flask import Flask, abort, request

app = Flask(__name__)

KEY = os.environ["STATE_KEY"].encode()


def verified(payload, signature):
    expected = hmac.new(KEY, payload, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)


@app.post("/state/verified")
def state_verified():
    payload = request.get_data()
    if not verified(payload, request.headers.get("X-Sig", "")):
        abort(403)
    return {"keys": len(pickle.loads(payload))}
