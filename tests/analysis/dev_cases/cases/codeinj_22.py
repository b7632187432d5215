from flask import Flask, request

app = Flask(__name__)


class Formula:
    def __init__(self, text):
        self.text = text

    @property
    def value(self):
        return eval(self.text)


@app.get("/formula-obj")
def formula_obj():
    return {"value": Formula(request.args.get("f", "0")).value}
