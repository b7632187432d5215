from flask import Flask, render_template, request

app = Flask(__name__)


@app.get("/dashboard")
def dashboard():
    return render_template("dashboard.html", user=request.args.get("user", ""))
