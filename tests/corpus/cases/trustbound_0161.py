from flask import Flask, request, session
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.post("/account/store-pref/<display_name>")
def set_profile(display_name):
    map = {}
    subject = map.setdefault('choice', display_name)
    queue = ['safe!', subject, 'n/a', 'safe']
    queue.pop()
    field = queue[::-1][1]
    session.setdefault("theme", field)
    return "Theme set"
