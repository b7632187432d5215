from flask import Flask, request

from devhelpers.evaluator import evaluate_number

app = Flask(__name__)


@app.get("/num")
def num():
    return {"value": evaluate_number(request.args.get("n", "0"))}
