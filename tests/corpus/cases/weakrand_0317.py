from flask import Blueprint, jsonify, request
import random

bp = Blueprint("weakrand_api_key", __name__)


TOKENS = {}


@bp.route("/api/issue-token/<user>", methods=["POST"])
def api_key(user):
    input_value = user
    token = str(random.SystemRandom().randint(100000, 999999))
    TOKENS[input_value] = token
    return jsonify(token=token)
