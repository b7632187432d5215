import flask
import helpers.separate_request


def init(app):
    def run_case_93014():
        RESPONSE = ""
        param = helpers.separate_request.request_wrapper(flask.request).get_query_parameter("BenchmarkTest93014")
        if param is None:
            param = ""
        switch_target = "ABC"[1]
        match switch_target:
            case 'B':
                bar = param
            case 'A':
                bar = 'Hello'
            case _:
                bar = 'welcome'
        RESPONSE += "<li>%s</li>" % bar
        return RESPONSE

    app.add_url_rule("/benchmark/xss/Test93014", endpoint="run_case_93014", view_func=run_case_93014, methods=["GET", "POST"])
