from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/continue")
def continue_to():
    target = request.form.get("target", "/")
    resp = make_response("", 302)
    resp.headers["Location"] = target
    return resp
