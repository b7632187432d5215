from flask import request
import helpers.separate_request


FALLBACK = 'sum([1, 2, 3])'


def init(app):
    @app.route("/bench/codeinj/36227", methods=["GET", "POST"])
    def codeinj_case_36227():
        RESPONSE = ""
        wrapper = helpers.separate_request.request_wrapper(request)
        param = wrapper.get_form_parameter("BenchmarkTest36227")
        if not param:
            param = ""
        item = param.strip()
        bar = item
        bar = FALLBACK
        import helpers.utils
        result = eval(bar)
        RESPONSE += helpers.utils.escape_for_html(str(str(result)))
        return RESPONSE
