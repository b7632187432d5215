import os
import re

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/z-anchor")
def z_anchor():
    host = request.args.get("host", "")
    if not re.match(r"[\w.-]+\Z", host):
        abort(400)
    os.system("ping -c 1 " + host)
    return "ok"
