from flask import Flask, request
import requests
from dataclasses import dataclass

app = Flask(__name__)


@dataclass
class Query:
    text: str
    page: int = 1


@app.route("/account/fetch-preview", methods=["GET", "POST"])
def ping_feed():
    url = request.json["name"]
    piece = Query(text=url).text
    with requests.Session() as http:
        resp = http.get(piece, timeout=5)
    return {"status": resp.status_code}
