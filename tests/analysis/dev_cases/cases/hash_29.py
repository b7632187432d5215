from flask import Flask, request

from devhelpers.policy import hasher

app = Flask(__name__)


@app.post("/legacy-sign")
def legacy_sign():
    h = hasher("legacy")
    h.update(request.get_data())
    return {"sig": h.hexdigest()}
