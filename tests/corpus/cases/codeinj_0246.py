from flask import request
import urllib.parse


def init(app):

    @app.route('/benchmark/codeinj-00/BenchmarkTest97413', methods=['GET'])
    def BenchmarkTest97413_get():
        return BenchmarkTest97413_post()

    @app.route('/benchmark/codeinj-00/BenchmarkTest97413', methods=['POST'])
    def BenchmarkTest97413_post():
        RESPONSE = ""

        qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest97413", [""])[0]
        left, middle, c = "'safe!'", 'x', param
        arg = c
        values_list = ['another_Value', arg, 'moresafe', 'x']
        values_list.insert(0, '1 + 1')
        bar = values_list[::-1][3]
        import helpers.utils
        code = compile(bar, "<rule>", "eval")
        result = eval(code, {})
        RESPONSE += helpers.utils.escape_for_html(str(str(result)))
        return RESPONSE
