from flask import Flask, request

app = Flask(__name__)


@app.get("/legacy-eval")
def legacy_eval():
    expression = request.args.get("e", "1")
    if len("abc") > 5:
        value = eval(expression)
    else:
        value = 0
    return {"value": value}
