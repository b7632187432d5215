from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)

ALLOWED_HOSTS = {"images.example.com", "cdn.example.com"}


@app.get("/preview-safe")
def preview_safe():
    url = request.args.get("url", "")
    if urlparse(url).hostname not in ALLOWED_HOSTS:
        abort(400)
    resp = requests.get(url, timeout=5)
    return {"status": resp.status_code}
