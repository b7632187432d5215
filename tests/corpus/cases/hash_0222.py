from flask import request
import base64
import hashlib
import helpers.separate_request
import helpers.utils


def init(app):
    @app.route("/bench/hash/06536", methods=["GET", "POST"])
    def hash_case_06536():
        RESPONSE = ""
        wrapper = helpers.separate_request.request_wrapper(request)
        param = wrapper.get_form_parameter("BenchmarkTest06536")
        if not param:
            param = ""
        b64 = base64.urlsafe_b64encode(param.encode("utf-8"))
        bar = base64.urlsafe_b64decode(b64).decode("utf-8")
        digest = hashlib.new("MD5", bar.encode()).hexdigest()
        RESPONSE += helpers.utils.escape_for_html(str(digest))
        return RESPONSE
