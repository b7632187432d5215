from flask import Flask, redirect, request, url_for

app = Flask(__name__)

ENDPOINTS = ("index", "dashboard", "settings")


@app.get("/back")
def back():
    endpoint = request.args.get("to", "index")
    if endpoint not in ENDPOINTS:
        endpoint = "index"
    return redirect(url_for(endpoint))
