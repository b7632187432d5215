from flask import request
import helpers.utils


def init(app):

    @app.route('/benchmark/codeinj-01/BenchmarkTest59305', methods=['GET'])
    def BenchmarkTest59305_get():
        return BenchmarkTest59305_post()

    @app.route('/benchmark/codeinj-01/BenchmarkTest59305', methods=['POST'])
    def BenchmarkTest59305_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest59305", "")
        transform = lambda s: s
        chunk = transform(param)
        bar = helpers.utils.collapse_spaces(chunk)
        ns = {}
        exec(f"value = {bar}", ns)
        result = ns["value"]
        RESPONSE += helpers.utils.escape_for_html(str(str(result)))
        return RESPONSE
