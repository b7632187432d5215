import pickle

from flask import Flask, request

app = Flask(__name__)


@app.post("/reset")
def reset():
    blob = request.get_data()
    blob = pickle.dumps({"items": []})
    state = pickle.loads(blob)
    return {"items": len(state["items"])}
