from flask import Flask, request, session

app = Flask(__name__)


@app.route("/prefs", methods=["POST"])
def prefs():
    session["role"] = request.form["role"]
    return "saved"


@app.route("/theme", methods=["POST"])
def theme():
    session["theme"] = request.args.get("theme", "light").strip()
    session.update(lang=request.cookies.get("lang"))
    return "saved"
