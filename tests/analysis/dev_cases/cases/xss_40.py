from flask import Flask, request

from devhelpers.pipeline import ESCAPED

app = Flask(__name__)


@app.get("/pipeline-escaped")
def pipeline_escaped():
    return "<p>" + ESCAPED.run(request.args.get("q", "")) + "</p>"
