from flask import request
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Query:
    text: str
    page: int = 1


BASE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static", "docs")


def init(app):

    @app.route('/benchmark/pathtraver-00/BenchmarkTest88509', methods=['GET'])
    def BenchmarkTest88509_get():
        return BenchmarkTest88509_post()

    @app.route('/benchmark/pathtraver-00/BenchmarkTest88509', methods=['POST'])
    def BenchmarkTest88509_post():
        RESPONSE = ""

        param = request.environ.get("HTTP_X_BENCHMARKTES", "")
        bar = Query(text=param).text
        import helpers.utils
        import os
        content = (Path(BASE_DIR) / bar).read_text()
        RESPONSE += helpers.utils.escape_for_html(str(len(content)))
        return RESPONSE
