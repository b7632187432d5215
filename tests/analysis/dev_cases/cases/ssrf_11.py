import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/search-api")
def search_api():
    q = request.args.get("q", "")
    resp = requests.get("https://api.example.com/search", params={"q": q}, timeout=5)
    return {"status": resp.status_code}
