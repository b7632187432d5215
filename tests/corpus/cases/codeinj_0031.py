from flask import request
import html


def init(app):

    @app.route('/benchmark/codeinj-00/BenchmarkTest56477', methods=['GET'])
    def BenchmarkTest56477_get():
        return BenchmarkTest56477_post()

    @app.route('/benchmark/codeinj-00/BenchmarkTest56477', methods=['POST'])
    def BenchmarkTest56477_post():
        RESPONSE = ""

        payload_json = request.get_json(silent=True) or {}
        param = str(payload_json.get("BenchmarkTest56477", ""))
        d = {'section': {'a': param, 'b': 'a_Value', 'c': 'moresafe'}}
        piece = d['section']['a']
        bar = piece
        scope = {}
        exec(bar, scope)
        result = scope.get("result")
        RESPONSE += html.escape(str(result))
        return RESPONSE
