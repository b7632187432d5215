from flask import Flask, make_response

app = Flask(__name__)


@app.get("/consent")
def consent():
    resp = make_response("thanks")
    resp.headers.add("Set-Cookie", "consent_token=granted; Path=/; HttpOnly")
    return resp
