from flask import Blueprint, request
from . import repository, service

bp = Blueprint("ssrf_89567", __name__)


@bp.route("/v1/ssrf-89567", methods=["GET", "POST"])
def endpoint():
    endpoint = request.get_data(as_text=True)
    prepared = service.resolve(endpoint)
    return repository.run(prepared)
