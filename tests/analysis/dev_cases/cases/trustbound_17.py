from flask import Flask, request

from devhelpers.state import remember_choice

app = Flask(__name__)


@app.post("/remember-choice")
def remember_choice_view():
    remember_choice("plan", request.form.get("plan", "free"))
    return "ok"
