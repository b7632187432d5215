from flask import Flask, request

app = Flask(__name__)


@app.errorhandler(404)
def not_found(error):
    return f"<p>Page {request.path} was not found</p>", 404
