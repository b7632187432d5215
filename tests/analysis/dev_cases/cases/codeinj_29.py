from flask import Flask, request

app = Flask(__name__)


class Rule:
    def __init__(self):
        self.expression = "True"

    def set_expression(self, text):
        self.expression = text

    def matches(self, value):
        return eval(self.expression, {"value": value})


@app.post("/rules/check")
def check_rule():
    rule = Rule()
    rule.set_expression(request.form.get("rule", "True"))
    return {"match": bool(rule.matches(1))}
