import flask
import hashlib


def init(app):
    def BenchmarkTest28617():
        RESPONSE = ""
        param = flask.request.json["BenchmarkTest28617"]
        digest = hashlib.sha1(bytes(param, "utf-8")).digest().hex()
        with open("passwordFile.txt", "a") as fh:
            fh.write("hash_value=" + digest + "\n")
        RESPONSE += "Sensitive value hashed and stored"
        return RESPONSE

    app.add_url_rule("/benchmark/hash/Test28617", endpoint="BenchmarkTest28617", view_func=BenchmarkTest28617, methods=["GET", "POST"])
