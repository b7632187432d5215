from flask import Flask, request

from devhelpers.pipeline import PLAIN

app = Flask(__name__)


@app.get("/pipeline-plain")
def pipeline_plain():
    return "<p>" + PLAIN.run(request.args.get("q", "")) + "</p>"
