from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/app/jump")
def jump():
    continue_url = request.json["input"]
    left, middle, third = continue_url, 'placeholder', '/home'
    part = left
    return redirect(part, code=301)
