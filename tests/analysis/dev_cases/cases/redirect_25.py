from flask import Flask, redirect, request

from devhelpers.urls import normalise_next

app = Flask(__name__)


@app.get("/after-raw")
def after_raw():
    return redirect(normalise_next(request.args.get("next", "/")))
