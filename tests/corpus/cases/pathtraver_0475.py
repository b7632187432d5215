from flask import Blueprint, request
import os
import helpers.separate_request

views = Blueprint("pathtraver_export_file", __name__)


@views.route("/public/read-doc")
def export_file():
    req_wrapper = helpers.separate_request.request_wrapper(request)
    report = req_wrapper.get_form_parameter("q")
    transform = lambda s: s
    term = transform(report)
    upload_dir = os.path.abspath("/var/www/uploads")
    candidate = os.path.abspath(os.path.join(upload_dir, term))
    if os.path.commonpath([upload_dir, candidate]) != upload_dir:
        return "invalid request", 400
    os.remove(candidate)
    return "Deleted"
