from flask import Flask, request

from devhelpers.chain import Chain

app = Flask(__name__)


@app.get("/chain-plain")
def chain_plain():
    text = Chain().then(str.strip).then(str.title).apply(request.args.get("t", ""))
    return "<p>" + text + "</p>"
