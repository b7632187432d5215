from flask import Flask, Response, request

app = Flask(__name__)


def rows(values):
    yield "<table>"
    for value in values:
        yield f"<tr><td>{value}</td></tr>"
    yield "</table>"


@app.get("/stream")
def stream():
    return Response(rows(request.args.getlist("v")), mimetype="text/html")
