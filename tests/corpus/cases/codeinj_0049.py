from flask import request
import html
import json
from dataclasses import dataclass


@dataclass
class Query:
    text: str
    page: int = 1


def init(app):

    @app.route('/benchmark/codeinj-01/BenchmarkTest84484', methods=['GET'])
    def BenchmarkTest84484_get():
        return BenchmarkTest84484_post()

    @app.route('/benchmark/codeinj-01/BenchmarkTest84484', methods=['POST'])
    def BenchmarkTest84484_post():
        RESPONSE = ""

        param = request.environ.get("HTTP_X_BENCHMARKTES", "")
        field = Query(text=param).text
        bar = json.loads(json.dumps({"v": field}))["v"]
        code = compile(bar, "<rule>", "eval")
        result = eval(code, {})
        RESPONSE += html.escape(str(result))
        return RESPONSE
