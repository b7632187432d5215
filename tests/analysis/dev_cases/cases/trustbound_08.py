from flask import Flask, request, session

app = Flask(__name__)


@app.post("/prefs")
def prefs():
    for name, value in request.form.items():
        session[name] = value
    return "ok"
