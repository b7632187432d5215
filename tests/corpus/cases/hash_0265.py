from flask import Blueprint, jsonify, request
import hashlib

routes = Blueprint("hash_checksum", __name__)


@routes.route("/public/hash", methods=["POST"])
def checksum():
    body = request.get_json(silent=True) or {}
    secret = str(body.get("hash", ""))
    lst = [secret]
    term = "".join(lst)
    digest = hashlib.sha256(term.encode("utf-8")).hexdigest()
    return jsonify(digest=digest)
