import io

import pycurl
from flask import Flask, request

app = Flask(__name__)


@app.get("/curl")
def curl():
    buffer = io.BytesIO()
    handle = pycurl.Curl()
    handle.setopt(pycurl.URL, request.args.get("url", ""))
    handle.setopt(pycurl.WRITEDATA, buffer)
    handle.perform()
    return {"bytes": len(buffer.getvalue())}
