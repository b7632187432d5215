import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/node/status")
def node_status():
    host = request.args.get("host", "localhost")
    resp = requests.get(f"http://{host}:8080/status", timeout=3)
    return {"up": resp.ok}
