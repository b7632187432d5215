from flask import Flask, request
import base64
import html

app = Flask(__name__)


@app.get("/api/apply-filter/<expr>")
def calculate(expr):
    threshold = 84
    if (8 * 44) - threshold < 121:
        value = '2 * 21'
    else:
        value = expr
    encoded = base64.urlsafe_b64encode(value.encode("utf-8"))
    part = base64.urlsafe_b64decode(encoded).decode("utf-8")
    scope = {}
    exec(part, scope)
    result = scope.get("result")
    return html.escape(str(result))
