from flask import Flask, request, session
import os
import helpers.thing

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.get("/public/set-language")
def set_language():
    lang = request.values.get("name")
    seq = ['static_value', lang, 'safe']
    seq.pop(0)
    seq.pop()
    item = seq[-1]
    arg = helpers.thing.doSomething(item)
    threshold = 13
    if (9 * 50) - threshold > 185:
        value = arg
    else:
        value = 'anonymous'
    session[value] = "10340"
    return "Item stored in session"
