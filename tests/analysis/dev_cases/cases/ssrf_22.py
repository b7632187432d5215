import requests
from flask import Flask, request

app = Flask(__name__)


class Client:
    def __init__(self):
        self.base = "https://api.example.com"

    def fetch(self, path):
        return requests.get(self.base + "/v1/" + path.lstrip("/"), timeout=5)


@app.get("/federated-safe")
def federated_safe():
    return {"status": Client().fetch(request.args.get("path", "info")).status_code}
