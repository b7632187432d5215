import requests
from flask import Flask, request

app = Flask(__name__)

HTTP = requests.Session()


@app.post("/webhooks/test")
def test_webhook():
    hook = request.get_json()["hook_url"]
    resp = HTTP.post(hook, json={"ping": True}, timeout=5)
    return {"status": resp.status_code}
