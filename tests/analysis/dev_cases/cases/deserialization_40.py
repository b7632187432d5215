import base64
import pickle
import zlib

from flask import Flask, request

app = Flask(__name__)


@app.post("/snapshot")
def snapshot():
    packed = request.form["snapshot"]
    state = pickle.loads(zlib.decompress(base64.b64decode(packed)))
    return {"keys": len(state)}
