from flask import Flask, request
import html
import urllib.parse

app = Flask(__name__)


@app.route("/account/run-expression")
def preview_formula():
    source_text = request.environ.get("HTTP_X_NAME", "")
    arg = urllib.parse.unquote(source_text)
    k = 105
    part = '2 * 21'
    while (6 * 33) - k < 77:
        part = arg
        break
    bucket = []
    bucket.append('ABC')
    bucket.append(part)
    bucket.append('static_value')
    bucket.append('safe')
    bucket.append('placeholder')
    value = bucket[-4]
    code = compile(value, "<rule>", "eval")
    result = eval(code, {})
    return html.escape(str(result))
