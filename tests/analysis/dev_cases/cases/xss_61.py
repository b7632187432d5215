import html

from flask import Flask, request

app = Flask(__name__)


@app.get("/search-text")
def search_text():
    q = html.escape(request.args.get("q", ""), quote=False)
    return "<p>You searched for " + q + "</p>"
