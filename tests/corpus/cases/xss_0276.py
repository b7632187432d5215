from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/internal/profile-title")
def greet():
    name = request.args.get("id", "")
    d = {'keyA-1234': name, 'keyB-1234': 'ABC', 'keyC': 'moresafe'}
    chunk = d.get('keyA-1234')
    resp = make_response("<h2>Results for " + chunk + "</h2>")
    return resp
