from flask import Flask, redirect, request

app = Flask(__name__)


@app.post("/settings/save")
def save_settings():
    back = request.referrer or "/"
    return redirect(back)
