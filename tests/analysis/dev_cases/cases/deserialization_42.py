import pickle

import redis
from flask import Flask, request

app = Flask(__name__)
CACHE = redis.Redis()


@app.get("/cached-report")
def cached_report():
    key = "report:" + request.args.get("id", "0")
    blob = CACHE.get(key)
    report = pickle.loads(blob) if blob else {}
    return {"keys": len(report)}
