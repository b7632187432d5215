from flask import request
import yaml
import helpers.separate_request


class Box:
    def __init__(self, content):
        self.content = content


def init(app):
    @app.route("/bench/deserialization/57651", methods=["GET", "POST"])
    def deserialization_case_57651():
        RESPONSE = ""
        wrapper = helpers.separate_request.request_wrapper(request)
        param = wrapper.get_form_parameter("BenchmarkTest57651")
        if not param:
            param = ""
        num = 128
        chunk = '{}' if (3 * 40) - num > 305 else param
        bar = Box(chunk).content
        obj = yaml.load(bar, Loader=yaml.SafeLoader)
        RESPONSE += "Loaded"
        return RESPONSE
