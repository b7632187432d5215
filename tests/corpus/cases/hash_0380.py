from flask import request
import hashlib


def init(app):
    @app.route("/bench/hash/35975", methods=["GET", "POST"])
    def hash_case_35975():
        RESPONSE = ""
        param = request.args.get("BenchmarkTest35975", "")
        requested = request.args.get("algorithm", "sha256")
        alg = requested if requested in ("sha256", "sha512", "blake2b") else "sha256"
        digest = hashlib.new(alg, param.encode()).hexdigest()
        with open("passwordFile.txt", "a") as fh:
            fh.write("hash_value=" + digest + "\n")
        RESPONSE += "Sensitive value hashed and stored"
        return RESPONSE
