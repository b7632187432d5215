import requests
from flask import Flask, request

app = Flask(__name__)


def fetch_status():
    return {"status": requests.get(request.args["url"], timeout=3).status_code}


app.route("/status-of")(fetch_status)
