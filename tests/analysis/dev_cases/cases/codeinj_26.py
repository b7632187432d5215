import operator

from flask import Flask, request

app = Flask(__name__)

OPERATORS = {"+": "operator.add", "-": "operator.sub"}


@app.get("/op")
def op():
    symbol = request.args.get("op", "+")
    function = eval(OPERATORS.get(symbol, "operator.add"), {"operator": operator})
    return {"result": function(int(request.args.get("a", "0")), int(request.args.get("b", "0")))}
