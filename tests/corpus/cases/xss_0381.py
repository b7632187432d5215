from flask import request
from markupsafe import Markup
import helpers.pipeline


def init(app):
    def BenchmarkTest03288():
        RESPONSE = ""
        param = request.get_data(as_text=True)
        arg = param.encode("utf-8").decode("utf-8")
        bar = helpers.pipeline.run([helpers.pipeline.Transformer(), helpers.pipeline.Trimmer()], arg)
        return Markup(f"<em>{bar}</em>")

    app.add_url_rule("/benchmark/xss/Test03288", endpoint="BenchmarkTest03288", view_func=BenchmarkTest03288, methods=["GET", "POST"])
