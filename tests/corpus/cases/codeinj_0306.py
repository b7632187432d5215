from flask import request
import helpers.utils


def init(app):

    @app.route('/benchmark/codeinj-02/BenchmarkTest26659', methods=['GET'])
    def BenchmarkTest26659_get():
        return BenchmarkTest26659_post()

    @app.route('/benchmark/codeinj-02/BenchmarkTest26659', methods=['POST'])
    def BenchmarkTest26659_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest26659")
        if not param:
            param = ""
        field = f"{param}"
        queue = [field, 'default', 'another_Value', 'placeholder']
        queue.append('sum([1, 2, 3])')
        queue.pop()
        bar = queue[-4]
        result = eval("2 * (" + bar + ")")
        RESPONSE += helpers.utils.escape_for_html(str(str(result)))
        return RESPONSE
