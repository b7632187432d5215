from flask import Flask, request, session

app = Flask(__name__)


@app.post("/prefs-json")
def prefs_json():
    for key, value in (request.get_json(silent=True) or {}).items():
        session.setdefault(key, value)
    return "ok"
