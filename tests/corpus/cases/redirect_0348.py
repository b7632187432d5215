from flask import redirect
import flask
import helpers.separate_request


def init(app):
    def BenchmarkTest03826():
        RESPONSE = ""
        param = helpers.separate_request.request_wrapper(flask.request).get_query_parameter("BenchmarkTest03826")
        bar = "".join([c for c in param])
        return redirect(bar, code=301)

    app.add_url_rule("/benchmark/redirect/Test03826", endpoint="BenchmarkTest03826", view_func=BenchmarkTest03826, methods=["GET", "POST"])
