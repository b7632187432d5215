from flask import request
import helpers.crypto_conf


def init(app):
    @app.route("/bench/hash/38626", methods=["GET", "POST"])
    def hash_case_38626():
        RESPONSE = ""
        param = request.form.get("BenchmarkTest38626")
        bar = param[:1024]
        selected = helpers.crypto_conf.preferred_algorithm()
        import hashlib
        hasher = hashlib.new(selected)
        hasher.update(bar.encode("utf-8"))
        digest = hasher.hexdigest()
        with open("passwordFile.txt", "a") as fh:
            fh.write("hash_value=" + digest + "\n")
        RESPONSE += "Sensitive value hashed and stored"
        return RESPONSE
