from flask import request, session
import helpers.pipeline


def init(app):
    def run_case_79247():
        RESPONSE = ""
        param = request.json["BenchmarkTest79247"]
        bar = helpers.pipeline.Transformer().apply(param)
        session.update({"display_name": bar, "visits": 1})
        RESPONSE += "Profile updated"
        return RESPONSE

    app.add_url_rule("/benchmark/trustbound/Test79247", endpoint="run_case_79247", view_func=run_case_79247, methods=["GET", "POST"])
