import pickle

from flask import Flask, request

app = Flask(__name__)

DEFAULTS = {
    "empty": pickle.dumps([]),
    "starter": pickle.dumps(["welcome"]),
}


@app.get("/preset")
def preset():
    name = request.args.get("name", "empty")
    blob = DEFAULTS.get(name, DEFAULTS["empty"])
    return {"items": pickle.loads(blob)}
