from flask import Blueprint, request
from . import repository, service

bp = Blueprint("cmdi_39515", __name__)


@bp.route("/api/cmdi-39515", methods=["GET", "POST"])
def view():
    hostname = request.get_data(as_text=True)
    prepared = service.prepare(hostname)
    return repository.perform(prepared)
