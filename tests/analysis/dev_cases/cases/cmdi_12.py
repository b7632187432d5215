import os
import shlex

from flask import Flask, request

app = Flask(__name__)


@app.get("/net/ping3")
def ping_quoted():
    host = request.args.get("host", "127.0.0.1")
    status = os.system("ping -c 1 " + shlex.quote(host))
    return {"status": status}
