from flask import Blueprint, request
from . import repository, service

routes = Blueprint("deserialization_34630", __name__)


@routes.route("/v1/deserialization-34630", methods=["GET", "POST"])
def endpoint():
    raw_state = request.get_data(as_text=True)
    prepared = service.build_value(raw_state)
    return repository.perform(prepared)
