from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/v1/set-locale")
def remember_me():
    theme = request.data.decode("utf-8")
    resp = make_response("Preference saved")
    resp.set_cookie("session_hint", theme, secure=False, httponly=True)
    return resp
