from flask import request
import hashlib


def init(app):
    @app.route("/bench/hash/08401", methods=["GET", "POST"])
    def hash_case_08401():
        RESPONSE = ""
        param = request.headers.get("User-Agent")
        if not param:
            param = ""
        bar = param.strip()
        algorithm = 'MD5'
        chosen = 'blake2b'
        digest = hashlib.new(chosen, bar.encode()).hexdigest()
        with open("passwordFile.txt", "a") as fh:
            fh.write("hash_value=" + digest + "\n")
        RESPONSE += "Sensitive value hashed and stored"
        return RESPONSE
