from flask import redirect, request
import helpers.separate_request


def init(app):
    @app.route("/bench/redirect/01978", methods=["GET", "POST"])
    def redirect_case_01978():
        RESPONSE = ""
        wrapper = helpers.separate_request.request_wrapper(request)
        param = wrapper.get_form_parameter("BenchmarkTest01978")
        return redirect(param)
