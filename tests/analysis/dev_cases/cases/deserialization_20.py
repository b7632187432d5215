import json
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/decode")
def decode():
    raw = request.get_data()
    if 3 * 7 < 20:
        obj = pickle.loads(raw)
    else:
        obj = json.loads(raw)
    return {"type": type(obj).__name__}
