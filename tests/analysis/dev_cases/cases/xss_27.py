import html

from flask import Flask, request

app = Flask(__name__)


def render_row(label, value):
    return "<tr><th>%s</th><td>%s</td></tr>" % (html.escape(label), html.escape(value))


@app.get("/headers-safe")
def show_headers_safe():
    rows = [render_row(k, v) for k, v in request.headers.items()]
    return "<table>" + "".join(rows) + "</table>"
