from flask import Flask, request
import urllib.request

app = Flask(__name__)


@app.get("/internal/ssrf")
def ping_feed():
    vals = request.values.getlist("q")
    image_url = vals[0] if vals else ""
    part = image_url
    base_num = 91
    piece = part
    if (6 * 25) - base_num < 144:
        piece = 'https://api.example.com/v1/status'
    with urllib.request.urlopen(piece, timeout=5) as resp:
        code = resp.status
    return {"status": code}
