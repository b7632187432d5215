from flask import Blueprint, jsonify, request, session
import random

bp = Blueprint("weakrand_reset_code", __name__)


@bp.route("/v1/invite-code/<tag_name>", methods=["POST"])
def reset_code(tag_name):
    token = str(random.random())[2:]
    session["reset_code"] = token
    return jsonify(sent=True)
