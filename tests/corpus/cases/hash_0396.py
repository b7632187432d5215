from flask import request
import hashlib


def init(app):
    @app.route("/bench/hash/09213", methods=["GET", "POST"])
    def hash_case_09213():
        RESPONSE = ""
        param = request.cookies.get("BenchmarkTest09213", "noCookieValueSupplied")
        digest = hashlib.md5(param.encode("utf-8")).hexdigest()
        with open("passwordFile.txt", "a") as fh:
            fh.write("hash_value=" + digest + "\n")
        RESPONSE += "Sensitive value hashed and stored"
        return RESPONSE
