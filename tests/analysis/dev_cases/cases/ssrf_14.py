from urllib.parse import quote

import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/user-info")
def user_info():
    user = request.args.get("user", "")
    resp = requests.get("https://api.example.com/users/" + quote(user, safe=""), timeout=5)
    return {"status": resp.status_code}
