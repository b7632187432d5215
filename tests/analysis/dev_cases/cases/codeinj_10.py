import base64

from flask import Flask, request

app = Flask(__name__)


@app.get("/restore")
def restore():
    blob = request.args["p"]
    expression = base64.b64decode(blob).decode("utf-8")
    state = eval(expression)
    return {"size": len(state)}
