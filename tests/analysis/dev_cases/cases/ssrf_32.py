import requests
from flask import Flask
from flask import request as req

app = Flask(__name__)


@app.get("/fetch-req")
def fetch_req():
    return {"status": requests.get(req.values.get("u", ""), timeout=3).status_code}
