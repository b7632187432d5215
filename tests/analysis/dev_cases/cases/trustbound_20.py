from flask import Flask, request, session

app = Flask(__name__)


@app.post("/profile/draft-safe")
def draft_safe():
    data = request.get_json(silent=True) or {}
    profile = {"name": data.get("name", ""), "mode": "draft"}
    session["mode"] = profile["mode"]
    return "saved"
