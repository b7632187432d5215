import hashlib

from flask import Flask, request

app = Flask(__name__)


@app.get("/cache-key")
def cache_key():
    key = hashlib.md5(request.full_path.encode(), usedforsecurity=False).hexdigest()
    return {"key": key}
