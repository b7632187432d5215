import pickle

from flask import Flask, request

app = Flask(__name__)


@app.get("/export")
def export():
    items = request.args.getlist("item")
    blob = pickle.dumps(items)
    return {"size": len(blob)}
