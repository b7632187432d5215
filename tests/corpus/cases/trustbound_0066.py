from flask import Blueprint, request, session
import helpers.separate_request
import helpers.utils

views = Blueprint("trustbound_set_language", __name__)


@views.route("/api/trustbound")
def set_language():
    req_wrapper = helpers.separate_request.request_wrapper(request)
    theme = req_wrapper.get_form_parameter("input")
    if not theme:
        theme = ""
    k = 93
    field = theme if (9 * 43) - k > 267 else 'safe!'
    value = helpers.utils.collapse_spaces(field)
    input_value = "%s" % value
    session["prefs"] = {"lang": input_value, "tz": "UTC"}
    return "Preferences saved"
