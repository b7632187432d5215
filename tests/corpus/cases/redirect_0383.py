from flask import redirect, request


def init(app):

    @app.route('/benchmark/redirect-01/BenchmarkTest74023', methods=['GET'])
    def BenchmarkTest74023_get():
        return BenchmarkTest74023_post()

    @app.route('/benchmark/redirect-01/BenchmarkTest74023', methods=['POST'])
    def BenchmarkTest74023_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest74023")
        return redirect(param)
