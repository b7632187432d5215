from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/search-safe")
def search_safe():
    q = escape(request.args.get("q", ""))
    return make_response("<p>No results for " + q + "</p>")
