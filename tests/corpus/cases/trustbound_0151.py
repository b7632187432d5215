from flask import session
import flask


def init(app):
    def run_case_19466():
        RESPONSE = ""
        param = flask.request.form["BenchmarkTest19466"]
        session.update({"display_name": param, "visits": 1})
        RESPONSE += "Profile updated"
        return RESPONSE

    app.add_url_rule("/benchmark/trustbound/Test19466", endpoint="run_case_19466", view_func=run_case_19466, methods=["GET", "POST"])
