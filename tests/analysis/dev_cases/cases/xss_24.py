from flask import Flask, request

app = Flask(__name__)


def render_row(label, value):
    return "<tr><th>%s</th><td>%s</td></tr>" % (label, value)


@app.get("/headers")
def show_headers():
    rows = [render_row(k, v) for k, v in request.headers.items()]
    return "<table>" + "".join(rows) + "</table>"
