from flask import Flask, request

app = Flask(__name__)


@app.get("/add")
def add():
    a = request.args.get("a", "0")
    b = request.args.get("b", "0")
    expression = "%d + %d" % (int(a), int(b))
    return {"sum": eval(expression)}
