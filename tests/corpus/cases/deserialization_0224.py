from flask import request


def init(app):

    @app.route('/benchmark/deserialization-00/BenchmarkTest54500', methods=['GET'])
    def BenchmarkTest54500_get():
        return BenchmarkTest54500_post()

    @app.route('/benchmark/deserialization-00/BenchmarkTest54500', methods=['POST'])
    def BenchmarkTest54500_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        raw = ("#" + param)[1:]
        fn = lambda s: s
        bar = fn(raw)
        import base64
        import marshal
        obj = marshal.loads(base64.b64decode(bar))
        RESPONSE += "Loaded"
        return RESPONSE
