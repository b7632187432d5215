from flask import Flask, request

app = Flask(__name__)

EXPRESSIONS = {"tax": "price * 0.2", "discount": "price * 0.9", "total": "price * 1.2"}


@app.get("/price")
def price():
    kind = request.args.get("kind", "total")
    expression = EXPRESSIONS.get(kind, "price")
    return {"value": eval(expression, {"__builtins__": {}}, {"price": 10.0})}
