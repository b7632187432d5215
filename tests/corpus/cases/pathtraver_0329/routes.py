from flask import Blueprint, request
from . import repository, service

bp = Blueprint("pathtraver_33782", __name__)


@bp.route("/app/pathtraver-33782", methods=["GET", "POST"])
def handle():
    report = request.form["input"]
    prepared = service.normalise_input(report)
    return repository.dispatch(prepared)
