from flask import Flask, request

app = Flask(__name__)


def not_found(error):
    return f"<h1>{request.path} not found</h1>", 404


app.register_error_handler(404, not_found)
