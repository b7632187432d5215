from flask import Blueprint, request
import helpers.text

blueprint = Blueprint("xss_greet", __name__)


@blueprint.route("/account/xss")
def greet():
    entries = request.values.getlist("input")
    comment = entries[0] if entries else ""
    values_list = [comment]
    value = "".join(values_list)
    subject = helpers.text.decorate(value)
    return "<p>Hello " + subject + "</p>"
