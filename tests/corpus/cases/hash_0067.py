from flask import request
import hashlib


def init(app):
    def run_case_57252():
        RESPONSE = ""
        param = request.get_data(as_text=True)
        hasher = hashlib.new(name="md5")
        hasher.update(bytes(param, 'utf-8'))
        digest = hasher.hexdigest()
        with open("passwordFile.txt", "a") as fh:
            fh.write("hash_value=" + digest + "\n")
        RESPONSE += "Sensitive value hashed and stored"
        return RESPONSE

    app.add_url_rule("/benchmark/hash/Test57252", endpoint="run_case_57252", view_func=run_case_57252, methods=["GET", "POST"])
