from flask import request
from dataclasses import dataclass


@dataclass
class Query:
    text: str
    page: int = 1


def init(app):
    def run_case_92100():
        RESPONSE = ""
        param = request.get_data(as_text=True)
        bar = Query(text=param).text
        import helpers.utils
        import json
        obj = json.JSONDecoder().decode(bar)
        RESPONSE += helpers.utils.escape_for_html(str(obj is not None))
        return RESPONSE

    app.add_url_rule("/benchmark/deserialization/Test92100", endpoint="run_case_92100", view_func=run_case_92100, methods=["GET", "POST"])
