from urllib.parse import urlparse

from flask import Flask, abort, redirect, request

app = Flask(__name__)

ALLOWED_HOSTS = {"example.com", "www.example.com"}


@app.get("/leave")
def leave():
    url = request.args.get("url", "https://example.com/")
    if urlparse(url).netloc not in ALLOWED_HOSTS:
        abort(400)
    return redirect(url)
