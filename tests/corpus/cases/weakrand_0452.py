from flask import request


def init(app):

    @app.route('/benchmark/weakrand-00/BenchmarkTest70168', methods=['GET'])
    def BenchmarkTest70168_get():
        return BenchmarkTest70168_post()

    @app.route('/benchmark/weakrand-00/BenchmarkTest70168', methods=['POST'])
    def BenchmarkTest70168_post():
        RESPONSE = ""

        entries = request.values.getlist("BenchmarkTest70168")
        param = entries[0] if entries else ""
        import helpers.utils
        import random
        token = str(random.randint(100000, 999999))
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
