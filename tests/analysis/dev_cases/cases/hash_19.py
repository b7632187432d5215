import hashlib
import hmac
import os

from flask import Flask, request

app = Flask(__name__)

KEY = os.environ.get("WEBHOOK_KEY", "").encode()


@app.post("/webhook")
def webhook():
    mac = hmac.new(KEY, request.get_data(), hashlib.sha256).hexdigest()
    return {"ok": hmac.compare_digest(mac, request.headers.get("X-Mac", ""))}
