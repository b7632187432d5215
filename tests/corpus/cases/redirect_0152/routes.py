from flask import Blueprint, request
from . import repository, service

routes = Blueprint("redirect_98144", __name__)


@routes.route("/api/redirect-98144", methods=["GET", "POST"])
def handle():
    continue_url = request.get_data(as_text=True)
    prepared = service.normalise_input(continue_url)
    return repository.execute(prepared)
