from flask import request
import json
import helpers.utils


def init(app):

    @app.route('/benchmark/deserialization-00/BenchmarkTest51755', methods=['GET'])
    def BenchmarkTest51755_get():
        return BenchmarkTest51755_post()

    @app.route('/benchmark/deserialization-00/BenchmarkTest51755', methods=['POST'])
    def BenchmarkTest51755_post():
        RESPONSE = ""

        vals = request.form.getlist("BenchmarkTest51755")
        param = vals[0] if vals else ""
        lst = ['n/a', param, 'another_Value']
        lst.remove('n/a')
        part = lst[0]
        bar = part
        obj = json.loads(bar)
        RESPONSE += helpers.utils.escape_for_html(str(obj is not None))
        return RESPONSE
