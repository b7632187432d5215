from flask import Flask, request, session

app = Flask(__name__)


@app.post("/role")
def set_role():
    session.update(role=request.form["role"])
    return "ok"
