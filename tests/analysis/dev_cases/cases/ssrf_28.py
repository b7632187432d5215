import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/prepared")
def prepared():
    target = request.form.get("target", "")
    req = requests.Request("GET", target).prepare()
    with requests.Session() as session:
        resp = session.send(req, timeout=5)
    return {"status": resp.status_code}
