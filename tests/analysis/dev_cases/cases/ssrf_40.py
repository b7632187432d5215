import urllib3
from flask import Flask, request

app = Flask(__name__)


@app.get("/pool")
def pool():
    conn = urllib3.HTTPSConnectionPool(request.args.get("host", "example.com"), port=443)
    return {"status": conn.request("GET", "/").status}
