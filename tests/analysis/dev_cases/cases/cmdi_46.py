import os
import re

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/dollar-anchor")
def dollar_anchor():
    host = request.args.get("host", "")
    if not re.match(r"^[\w.-]+$", host):
        abort(400)
    os.system("ping -c 1 " + host)
    return "ok"
