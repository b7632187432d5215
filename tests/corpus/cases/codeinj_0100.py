from flask import request
import html


def init(app):
    @app.route("/bench/codeinj/39492", methods=["GET", "POST"])
    def codeinj_case_39492():
        RESPONSE = ""
        vals = request.args.getlist("BenchmarkTest39492")
        param = vals[0] if vals else ""
        scope = {}
        exec(param, scope)
        result = scope.get("result")
        RESPONSE += html.escape(str(result))
        return RESPONSE
