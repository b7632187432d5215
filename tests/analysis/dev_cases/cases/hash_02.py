from hashlib import sha1

from flask import Flask, request

app = Flask(__name__)


@app.post("/api-token")
def api_token():
    token = request.headers.get("X-Api-Token", "")
    fingerprint = sha1(token.encode()).hexdigest()
    return {"fp": fingerprint[:8]}
