from flask import Flask, request, session

app = Flask(__name__)


@app.get("/theme")
def theme():
    session.setdefault("theme", request.cookies.get("theme", "light"))
    return "ok"
