from flask import Flask, request, session

app = Flask(__name__)


@app.get("/impersonate")
def impersonate():
    session["user"] = request.args.get("user", "")
    return "ok"
