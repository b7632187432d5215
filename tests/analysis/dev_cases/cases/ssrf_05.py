import urllib3
from flask import Flask, request

app = Flask(__name__)

POOL = urllib3.PoolManager()


@app.get("/proxy")
def proxy():
    resp = POOL.request("GET", request.args.get("u", ""))
    return {"status": resp.status}
