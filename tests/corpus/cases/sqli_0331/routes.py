from flask import Blueprint, request
from . import repository, service

views = Blueprint("sqli_14581", __name__)


@views.route("/app/sqli-14581", methods=["GET", "POST"])
def view():
    name = ""
    for hname in request.headers.keys():
        if hname.lower() in ("host", "accept", "accept-language", "content-type", "content-length", "cookie", "user-agent", "connection"):
            continue
        name = hname
        break
    prepared = service.normalise_input(name)
    return repository.perform(prepared)
