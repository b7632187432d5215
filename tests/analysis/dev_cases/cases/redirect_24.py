from flask import Flask, redirect, request

from devhelpers.urls import safe_next

app = Flask(__name__)


@app.get("/after")
def after():
    return redirect(safe_next(request.args.get("next", "/")))
