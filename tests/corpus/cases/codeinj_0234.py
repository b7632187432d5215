from flask import request


def init(app):

    @app.route('/benchmark/codeinj-00/BenchmarkTest35760', methods=['GET'])
    def BenchmarkTest35760_get():
        return BenchmarkTest35760_post()

    @app.route('/benchmark/codeinj-00/BenchmarkTest35760', methods=['POST'])
    def BenchmarkTest35760_post():
        RESPONSE = ""

        param = request.json["BenchmarkTest35760"]
        head, bar = ('another_Value', param)
        import builtins
        import html
        result = builtins.eval(bar)
        RESPONSE += html.escape(str(result))
        return RESPONSE
