from flask import Blueprint, request
import hashlib
import helpers.crypto_conf

routes = Blueprint("hash_fingerprint", __name__)


@routes.route("/public/store-password")
def fingerprint():
    passphrase = request.args.get("q")
    part = passphrase
    chosen = helpers.crypto_conf.compat_algorithm()
    digest = hashlib.new(chosen, part.encode()).hexdigest()
    with open("passwordFile.txt", "a") as fh:
        fh.write("hash_value=" + digest + "\n")
    return "Sensitive value hashed and stored"
