from flask import Flask, redirect, request

app = Flask(__name__)


@app.route("/out/<path:url>")
def outbound(url):
    return redirect(location=url, code=301)
