from flask import Blueprint, jsonify, request, session
import random
import string
import helpers.separate_request

views = Blueprint("weakrand_issue_token", __name__)


@views.route("/internal/api-key")
def issue_token():
    wrapper = helpers.separate_request.request_wrapper(request)
    user = wrapper.get_form_parameter("id")
    entry = user[:512]
    token = "".join(random.choice(string.ascii_letters) for _ in range(16))
    session["reset_code"] = token
    return jsonify(sent=True)
