import json
import pickle

from flask import Flask, request

app = Flask(__name__)

LOADERS = {"json": json.loads, "pickle": pickle.loads}


@app.post("/import/<fmt>")
def import_any(fmt):
    loader = LOADERS.get(fmt, json.loads)
    return {"type": type(loader(request.get_data())).__name__}
