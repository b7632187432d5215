from flask import Blueprint, request
import urllib.parse
from . import repository, service

views = Blueprint("xss_46924", __name__)


@views.route("/api/xss-46924", methods=["GET", "POST"])
def view():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    greeting = qs.get("value", [""])[0]
    prepared = service.resolve(greeting)
    return repository.dispatch(prepared)
