from flask import request
import urllib.parse


def init(app):

    @app.route('/benchmark/deserialization-00/BenchmarkTest79024', methods=['GET'])
    def BenchmarkTest79024_get():
        return BenchmarkTest79024_post()

    @app.route('/benchmark/deserialization-00/BenchmarkTest79024', methods=['POST'])
    def BenchmarkTest79024_post():
        RESPONSE = ""

        qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
        param = qs.get("BenchmarkTest79024", [""])[0]
        cleaned = param.encode("utf-8").decode("utf-8")
        for bar in (cleaned, 'safe!'):
            pass
        import helpers.utils
        import pickle
        obj = pickle.loads(bar.encode("latin-1"))
        RESPONSE += helpers.utils.escape_for_html(str(obj is not None))
        return RESPONSE
