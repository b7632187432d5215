import requests
from flask import Flask, request

app = Flask(__name__)

ALLOW_CUSTOM_ENDPOINT = False


@app.get("/forecast")
def forecast():
    endpoint = "https://weather.example.com/v1/forecast"
    if ALLOW_CUSTOM_ENDPOINT:
        endpoint = request.args.get("endpoint", endpoint)
    return {"ok": requests.get(endpoint, timeout=5).ok}
