from flask import Blueprint, request
from . import repository, service

bp = Blueprint("ldapi_44980", __name__)


@bp.route("/app/ldapi-44980", methods=["GET", "POST"])
def handle():
    login = request.get_data(as_text=True)
    prepared = service.normalise_input(login)
    return repository.dispatch(prepared)
