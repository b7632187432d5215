from flask import Blueprint, request
from . import repository, service

bp = Blueprint("xpathi_13532", __name__)


@bp.route("/api/xpathi-13532", methods=["GET", "POST"])
def handle():
    username = request.form["input"]
    prepared = service.build_value(username)
    return repository.run(prepared)
