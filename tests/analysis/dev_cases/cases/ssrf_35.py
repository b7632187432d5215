from urllib.parse import urljoin

import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/joined")
def joined():
    url = urljoin("https://api.example.com/", request.args.get("path", "health"))
    return {"status": requests.get(url, timeout=5).status_code}
