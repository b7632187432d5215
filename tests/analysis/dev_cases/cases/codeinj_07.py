from flask import Flask, request

from devhelpers.evaluator import evaluate

app = Flask(__name__)


@app.get("/score")
def score():
    rule = request.headers.get("X-Score-Rule", "1")
    return {"score": evaluate(rule)}
