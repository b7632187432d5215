from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/refresh")
def refresh():
    resp = make_response("moving")
    resp.headers["Refresh"] = "0; url=" + request.args.get("to", "/")
    return resp
