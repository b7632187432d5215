from flask import Flask, request, session

app = Flask(__name__)


@app.post("/profile/draft")
def draft():
    data = request.get_json(silent=True) or {}
    profile = {"name": data.get("name", ""), "bio": data.get("bio", "")}
    session["draft"] = profile
    return "saved"
