import requests
from flask import Flask, request

from devhelpers.urls import safe_next

app = Flask(__name__)


@app.get("/internal-link")
def internal_link():
    target = safe_next(request.args.get("u", "/"))
    return {"status": requests.get("https://www.example.com" + target, timeout=5).status_code}
