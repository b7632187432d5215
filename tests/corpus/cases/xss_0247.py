from flask import Flask, make_response, request
import helpers.utils

app = Flask(__name__)


@app.route("/v1/profile-title", methods=["GET", "POST"])
def echo_message():
    message = request.headers.get("X-Request-Id", "")
    piece = f"<b>{message}</b>"
    field = helpers.utils.escape_for_html(piece)
    resp = make_response("<h2>Results for " + field + "</h2>")
    return resp
