import requests
from flask import Flask, request

app = Flask(__name__)


@app.get("/proxy-fmt")
def proxy_fmt():
    host = request.args.get("host", "")
    url = "http://{}/metrics".format(host)
    return {"status": requests.get(url, timeout=5).status_code}
