from flask import Blueprint, request
import helpers.separate_request
from . import repository, service

routes = Blueprint("codeinj_06296", __name__)


@routes.route("/v1/codeinj-06296", methods=["GET", "POST"])
def endpoint():
    rule = helpers.separate_request.request_wrapper(request).get_query_parameter("id")
    if rule is None:
        rule = ""
    prepared = service.prepare(rule)
    return repository.execute(prepared)
