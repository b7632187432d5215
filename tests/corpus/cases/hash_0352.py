from flask import request
import hashlib
import helpers.utils


def init(app):

    @app.route('/benchmark/hash-02/BenchmarkTest69015', methods=['GET'])
    def BenchmarkTest69015_get():
        return BenchmarkTest69015_post()

    @app.route('/benchmark/hash-02/BenchmarkTest69015', methods=['POST'])
    def BenchmarkTest69015_post():
        RESPONSE = ""

        param = request.values.get("BenchmarkTest69015")
        if not param:
            param = ""
        h = hashlib.sha1()
        h.update(param.encode("utf-8"))
        digest = h.hexdigest()
        RESPONSE += helpers.utils.escape_for_html(str(digest))
        return RESPONSE
