import ast

from flask import Flask, request

app = Flask(__name__)


@app.get("/literal")
def literal():
    value = ast.literal_eval(request.args.get("v", "0"))
    return {"type": type(value).__name__}
