import os

from flask import Flask, request

from devhelpers.chain import Store

app = Flask(__name__)


@app.get("/store-safe")
def store_safe():
    store = Store()
    store.put("user", request.args.get("cmd", ""))
    store.put("default", "uptime")
    os.system(store.take("default"))
    return "ok"
