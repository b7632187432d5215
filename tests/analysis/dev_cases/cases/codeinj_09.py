from flask import Flask, request

app = Flask(__name__)

apply_formula = lambda text: eval(text)  # noqa: E731


@app.get("/apply")
def apply():
    formula = request.cookies.get("formula", "1")
    return {"value": apply_formula(formula)}
