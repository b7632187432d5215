from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/plain-report")
def plain_report():
    resp = make_response("Report for " + request.args.get("who", ""))
    resp.mimetype = "text/plain"
    return resp
