from flask import redirect, request
import helpers.separate_request
import helpers.text


def init(app):
    @app.route("/bench/redirect/91849", methods=["GET", "POST"])
    def redirect_case_91849():
        RESPONSE = ""
        wrapped = helpers.separate_request.request_wrapper(request)
        param = wrapped.get_form_parameter("BenchmarkTest91849")
        num = 129
        value = '/dashboard' if (3 * 60) - num > 302 else param
        bar = helpers.text.word_chars(value)
        return redirect(bar)
