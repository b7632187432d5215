from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    return make_response("<p>No results for " + q + "</p>")
