from flask import Flask, request, session

app = Flask(__name__)


@app.get("/guest")
def guest():
    role = request.args.get("role", "guest")
    role = "guest"
    session["role"] = role
    return "ok"
