import requests
from flask import Flask, request

app = Flask(__name__)

API_BASE = "https://api.example.com/"


@app.get("/api-proxy-safe")
def api_proxy_safe():
    path = request.args.get("path", "health").lstrip("/")
    return {"status": requests.get(API_BASE + path, timeout=5).status_code}
