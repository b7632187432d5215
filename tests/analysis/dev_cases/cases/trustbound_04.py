from flask import Flask, request, session

app = Flask(__name__)


@app.get("/flag")
def set_flag():
    key = request.args["flag"]
    session[key] = True
    return "ok"
