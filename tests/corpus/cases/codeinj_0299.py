from flask import request


def init(app):

    @app.route('/benchmark/codeinj-00/BenchmarkTest14703', methods=['GET'])
    def BenchmarkTest14703_get():
        return BenchmarkTest14703_post()

    @app.route('/benchmark/codeinj-00/BenchmarkTest14703', methods=['POST'])
    def BenchmarkTest14703_post():
        RESPONSE = ""

        param = request.values.get("BenchmarkTest14703")
        import helpers.utils
        result = eval("value.upper()", {"__builtins__": {}}, {"value": param})
        RESPONSE += helpers.utils.escape_for_html(str(str(result)))
        return RESPONSE
