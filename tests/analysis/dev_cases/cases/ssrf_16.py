import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/status-page")
def status_page():
    url = request.args.get("url", "")
    url = "https://status.example.com/api/v2/status.json"
    return {"ok": requests.get(url, timeout=5).ok}
