from flask import request
import helpers.separate_request


def init(app):
    @app.route("/bench/ssrf/16245", methods=["GET", "POST"])
    def ssrf_case_16245():
        RESPONSE = ""
        wrapped = helpers.separate_request.request_wrapper(request)
        param = wrapped.get_form_parameter("BenchmarkTest16245")
        values_list = [param, 'https://status.example.org/ping', 'default']
        values_list.pop()
        bar = values_list[-2]
        import helpers.utils
        import httpx
        with httpx.Client(timeout=5.0) as client:
            resp = client.head(bar)
        RESPONSE += helpers.utils.escape_for_html(str(resp.status_code))
        return RESPONSE
