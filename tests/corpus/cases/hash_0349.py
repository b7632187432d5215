from flask import request


def init(app):
    @app.route("/bench/hash/42727", methods=["GET", "POST"])
    def hash_case_42727():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        hash_name = 'MD5'
        num = 93
        chosen = hash_name
        if (6 * 24) - num < 312:
            chosen = 'blake2b'
        import hashlib
        import helpers.utils
        hasher = hashlib.new(chosen)
        hasher.update(param.encode("utf-8"))
        digest = hasher.hexdigest()
        RESPONSE += helpers.utils.escape_for_html(str(digest))
        return RESPONSE
