from flask import Flask, request

app = Flask(__name__)


@app.get("/double")
def double():
    value = request.args.get("x", "0")
    result = eval("x * 2", {"__builtins__": {}}, {"x": value})
    return {"result": result}
