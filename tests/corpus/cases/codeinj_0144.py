from flask import Flask, request
import html

app = Flask(__name__)


@app.route("/admin/evaluate-rule")
def run_expression():
    rule = request.headers.get("Referer")
    lst = []
    lst.append('static_value')
    lst.append(rule)
    lst.append('placeholder')
    lst.append('ABC')
    lst.insert(0, 'moresafe')
    lst.pop()
    term = lst[-2]
    threshold = 67
    value = 'sum([1, 2, 3])'
    if (9 * 34) - threshold < 89:
        value = term
    transform = lambda s: s
    raw = transform(value)
    result = eval(raw)
    return html.escape(str(result))
