from flask import request
import base64
import hashlib


def init(app):

    @app.route('/benchmark/hash-01/BenchmarkTest68293', methods=['GET'])
    def BenchmarkTest68293_get():
        return BenchmarkTest68293_post()

    @app.route('/benchmark/hash-01/BenchmarkTest68293', methods=['POST'])
    def BenchmarkTest68293_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest68293", "")
        bar = base64.b64decode(base64.b64encode(param.encode("utf-8"))).decode("utf-8")
        digest = hashlib.md5(bar.encode("utf-8")).hexdigest()
        with open("passwordFile.txt", "a") as fh:
            fh.write("hash_value=" + digest + "\n")
        RESPONSE += "Sensitive value hashed and stored"
        return RESPONSE
