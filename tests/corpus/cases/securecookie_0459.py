from flask import make_response
import flask


def init(app):
    def BenchmarkTest29546():
        RESPONSE = ""
        param = flask.request.form["BenchmarkTest29546"]
        RESPONSE += "Preference saved"
        resp = make_response(RESPONSE)
        resp.set_cookie("theme", param, samesite="Strict", path="/")
        return resp

    app.add_url_rule("/benchmark/securecookie/Test29546", endpoint="BenchmarkTest29546", view_func=BenchmarkTest29546, methods=["GET", "POST"])
