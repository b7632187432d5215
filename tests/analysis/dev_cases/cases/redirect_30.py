from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/external")
def external():
    site = request.args.get("site", "")
    return redirect("{}/landing".format(site))
