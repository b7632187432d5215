from flask import request
import os
import helpers.text


BASE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static", "docs")


def init(app):

    @app.route('/benchmark/pathtraver-01/BenchmarkTest77395', methods=['GET'])
    def BenchmarkTest77395_get():
        return BenchmarkTest77395_post()

    @app.route('/benchmark/pathtraver-01/BenchmarkTest77395', methods=['POST'])
    def BenchmarkTest77395_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest77395", "noCookieValueSupplied")
        bar = helpers.text.digits(param)
        import helpers.utils
        import os
        file_path = os.path.join(BASE_DIR, bar)
        with open(file_path, "r") as fh:
            content = fh.read()
        RESPONSE += helpers.utils.escape_for_html(str(len(content)))
        return RESPONSE
