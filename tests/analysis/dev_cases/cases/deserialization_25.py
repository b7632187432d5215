import pickle
import zlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/cache/import")
def cache_import():
    payload = zlib.decompress(request.files["snapshot"].stream.read())
    cache = pickle.loads(payload)
    return {"keys": len(cache)}
