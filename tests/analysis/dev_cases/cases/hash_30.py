from flask import Flask, request

from devhelpers.policy import hasher

app = Flask(__name__)


@app.post("/strong-sign")
def strong_sign():
    h = hasher("strong")
    h.update(request.get_data())
    return {"sig": h.hexdigest()}
