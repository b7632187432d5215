import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/ping-count")
def ping_count():
    count = int(request.args.get("n", "1"))
    os.system(f"ping -c {count} localhost")
    return "ok"
