from flask import make_response, request
from markupsafe import Markup


def banner():
    text = request.form["banner"]
    html = Markup("<div class='banner'>" + text + "</div>")
    return make_response("<p>" + request.form["footer"] + "</p>"), html
