from flask import request
import yaml
import helpers.utils


def init(app):
    @app.route("/bench/deserialization/64923", methods=["GET", "POST"])
    def deserialization_case_64923():
        RESPONSE = ""
        param = request.values.get("BenchmarkTest64923")
        if not param:
            param = ""
        bar = ("#" + param)[1:]
        obj = yaml.load(bar, Loader=yaml.Loader)
        RESPONSE += helpers.utils.escape_for_html(str(obj is not None))
        return RESPONSE
