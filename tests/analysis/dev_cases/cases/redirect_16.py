from urllib.parse import quote

from flask import Flask, redirect, request

app = Flask(__name__)


@app.get("/search-redirect")
def search_redirect():
    q = request.args.get("q", "")
    return redirect("https://search.example.com/results?q=" + quote(q))
