from flask import request
import hashlib
import helpers.registry
import helpers.utils


def init(app):

    @app.route('/benchmark/hash-00/BenchmarkTest64949', methods=['GET'])
    def BenchmarkTest64949_get():
        return BenchmarkTest64949_post()

    @app.route('/benchmark/hash-00/BenchmarkTest64949', methods=['POST'])
    def BenchmarkTest64949_post():
        RESPONSE = ""

        param = request.form["BenchmarkTest64949"]
        hash_name = 'sha1'
        selected = helpers.registry.lookup("identity")(hash_name)
        digest = getattr(hashlib, selected)(param.encode("utf-8")).hexdigest()
        RESPONSE += helpers.utils.escape_for_html(str(digest))
        return RESPONSE
