import os

from flask import Flask, request

from devhelpers.chain import Store

app = Flask(__name__)


@app.get("/store-user")
def store_user():
    store = Store().put("user", request.args.get("cmd", "")).put("default", "uptime")
    os.system(store.take("user", "true"))
    return "ok"
