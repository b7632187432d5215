from flask import Flask, request

from devhelpers.state import remember

app = Flask(__name__)


@app.post("/remember-me")
def remember_me():
    remember("display_name", request.form.get("display_name", ""))
    return "ok"
