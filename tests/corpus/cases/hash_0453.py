from flask import Blueprint, request
import base64
import hashlib

bp = Blueprint("hash_fingerprint", __name__)


class Envelope:
    def __init__(self, content):
        self.content = content


@bp.route("/api/hash")
def fingerprint():
    message = request.args.get("value")
    if not message:
        message = ""
    b64 = base64.urlsafe_b64encode(message.encode("utf-8"))
    piece = base64.urlsafe_b64decode(b64).decode("utf-8")
    algorithm = 'MD5'
    fn = lambda s: s
    digest_name = fn(algorithm)
    picked = Envelope(digest_name).content
    hasher = hashlib.new(picked)
    hasher.update(piece.encode("utf-8"))
    digest = hasher.hexdigest()
    with open("passwordFile.txt", "a") as fh:
        fh.write("hash_value=" + digest + "\n")
    return "Sensitive value hashed and stored"
