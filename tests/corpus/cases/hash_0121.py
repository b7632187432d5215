from flask import request
from types import SimpleNamespace
import helpers.separate_request


def init(app):

    @app.route('/benchmark/hash-01/BenchmarkTest39326', methods=['GET'])
    def BenchmarkTest39326_get():
        return BenchmarkTest39326_post()

    @app.route('/benchmark/hash-01/BenchmarkTest39326', methods=['POST'])
    def BenchmarkTest39326_post():
        RESPONSE = ""

        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest39326")
        hash_name = 'sha1'
        holder_ns = SimpleNamespace(value=hash_name, source="request")
        selected = holder_ns.value
        import hashlib
        import helpers.utils
        digest = getattr(hashlib, selected)(param.encode("utf-8")).hexdigest()
        RESPONSE += helpers.utils.escape_for_html(str(digest))
        return RESPONSE
