from flask import Flask, request, session

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = authenticate(request.form["user"], request.form["password"])
    session["user_id"] = user.id
    session["page_size"] = int(request.form["page_size"])
    return "ok"
