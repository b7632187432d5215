from flask import request
import yaml
import helpers.separate_request
import helpers.utils


def init(app):
    @app.route("/bench/deserialization/81623", methods=["GET", "POST"])
    def deserialization_case_81623():
        RESPONSE = ""
        wrapped = helpers.separate_request.request_wrapper(request)
        param = wrapped.get_form_parameter("BenchmarkTest81623")
        if not param:
            param = ""
        bucket = ['placeholder', param, 'n/a']
        bucket.append('gASVCQAAAAAAAACMBXNhZmUhlC4=')
        bucket.remove('placeholder')
        value = bucket[-3]
        queue = [value]
        bar = "".join(queue)
        obj = yaml.load(bar, Loader=yaml.UnsafeLoader)
        RESPONSE += helpers.utils.escape_for_html(str(obj is not None))
        return RESPONSE
