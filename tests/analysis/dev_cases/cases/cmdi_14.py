import os
import re

from flask import Flask, abort, request

app = Flask(__name__)

HOST_RE = re.compile(r"[A-Za-z0-9.-]{1,253}")


@app.post("/lookup")
def lookup():
    host = request.form.get("host", "")
    if not HOST_RE.fullmatch(host):
        abort(400)
    os.system(f"nslookup {host}")
    return "ok"
