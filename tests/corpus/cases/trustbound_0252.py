from flask import request, session


def init(app):

    @app.route('/benchmark/trustbound-01/BenchmarkTest74220', methods=['GET'])
    def BenchmarkTest74220_get():
        return BenchmarkTest74220_post()

    @app.route('/benchmark/trustbound-01/BenchmarkTest74220', methods=['POST'])
    def BenchmarkTest74220_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        session["userid"] = param
        RESPONSE += "Saved"
        return RESPONSE
