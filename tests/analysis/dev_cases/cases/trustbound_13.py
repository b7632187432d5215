import re

from flask import Flask, abort, request, session

app = Flask(__name__)


@app.post("/nickname")
def nickname():
    nick = request.form.get("nick", "")
    if not re.fullmatch(r"[A-Za-z0-9_]{3,20}", nick):
        abort(400)
    session["nick"] = nick
    return "ok"
