from flask import Blueprint, jsonify, request
import os

bp = Blueprint("weakrand_issue_token", __name__)


@bp.route("/app/issue-token/<user>", methods=["POST"])
def issue_token(user):
    token = os.urandom(16).hex()
    return jsonify(token=token)
