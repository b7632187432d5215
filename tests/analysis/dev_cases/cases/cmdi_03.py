import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/dns")
def dns_lookup():
    name = request.headers.get("X-Lookup-Host", "")
    with os.popen("nslookup %s" % name) as pipe:
        lines = pipe.read().splitlines()
    return {"lines": len(lines)}
