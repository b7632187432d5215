from flask import request
import urllib.parse


ALLOWED_ALGORITHMS = frozenset({"sha256", "sha384", "sha512"})


def init(app):

    @app.route('/benchmark/hash-00/BenchmarkTest90141', methods=['GET'])
    def BenchmarkTest90141_get():
        return BenchmarkTest90141_post()

    @app.route('/benchmark/hash-00/BenchmarkTest90141', methods=['POST'])
    def BenchmarkTest90141_post():
        RESPONSE = ""

        qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest90141", [""])[0]
        import hashlib
        requested = request.values.get("alg", "sha256").lower()
        if requested not in ALLOWED_ALGORITHMS:
            RESPONSE += "Invalid input"
            return RESPONSE
        hasher = hashlib.new(requested)
        hasher.update(param.encode("utf-8"))
        digest = hasher.hexdigest()
        with open("passwordFile.txt", "a") as fh:
            fh.write("hash_value=" + digest + "\n")
        RESPONSE += "Sensitive value hashed and stored"
        return RESPONSE
