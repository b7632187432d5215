import hashlib

from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/asset")
def asset():
    body = request.args.get("v", "").encode()
    etag = hashlib.md5(body, usedforsecurity=False).hexdigest()
    resp = make_response("asset")
    resp.headers["ETag"] = etag
    return resp
