from flask import Blueprint, jsonify, request
import hashlib

bp = Blueprint("hash_checksum", __name__)


@bp.get("/v1/digest-upload")
def checksum():
    message = request.values.get("value")
    if message is None:
        message = ""
    hasher = hashlib.new("sha384")
    hasher.update(message.encode("utf-8"))
    digest = hasher.hexdigest()
    return jsonify(digest=digest)
