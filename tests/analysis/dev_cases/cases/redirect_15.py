from flask import Flask, redirect, request

app = Flask(__name__)

DESTINATIONS = {"home": "/", "docs": "/docs", "billing": "/account/billing"}


@app.get("/jump")
def jump():
    key = request.args.get("where", "home")
    return redirect(DESTINATIONS.get(key, "/"))
