from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.get("/profile-jump")
def profile_jump():
    name = request.args.get("user", "")
    return redirect(url_for("profile", username=name))


@app.get("/profile/<username>")
def profile(username):
    return {"user": len(username)}
