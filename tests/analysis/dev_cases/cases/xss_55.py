import html

from flask import Flask, request

from devhelpers.chain import Chain

app = Flask(__name__)


@app.get("/chain-escaped")
def chain_escaped():
    text = Chain().then(str.strip).then(html.escape).apply(request.args.get("t", ""))
    return "<p>" + text + "</p>"
