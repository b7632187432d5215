import configparser
import flask
import html
from ast import literal_eval


def init(app):
    def BenchmarkTest59169():
        RESPONSE = ""
        param = flask.request.get_data(as_text=True)
        config = configparser.ConfigParser()
        config.add_section("request")
        config.set("request", "param", param)
        bar = config.get("request", "param")
        result = literal_eval(bar)
        RESPONSE += html.escape(str(result))
        return RESPONSE

    app.add_url_rule("/benchmark/codeinj/Test59169", endpoint="BenchmarkTest59169", view_func=BenchmarkTest59169, methods=["GET", "POST"])
