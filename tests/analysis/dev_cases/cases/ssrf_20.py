import requests
from flask import Flask, request

app = Flask(__name__)


class Client:
    def __init__(self, base):
        self.base = base

    def fetch(self, path):
        return requests.get(self.base + path, timeout=5)


@app.get("/federated")
def federated():
    client = Client(request.args.get("server", "https://example.com"))
    return {"status": client.fetch("/api/info").status_code}
