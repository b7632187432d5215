from flask import redirect, request


def init(app):

    @app.route('/benchmark/redirect-00/BenchmarkTest92558', methods=['GET'])
    def BenchmarkTest92558_get():
        return BenchmarkTest92558_post()

    @app.route('/benchmark/redirect-00/BenchmarkTest92558', methods=['POST'])
    def BenchmarkTest92558_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest92558", "noCookieValueSupplied")
        value = param[:256]
        mapping = {'keyA-1234': value, 'keyB-1234': 'n/a', 'keyC': 'x'}
        bar = mapping['keyA-1234']
        import re
        if not re.fullmatch(r"/(?![/\\])[\w\-/]*", bar):
            bar = "/"
        return redirect(bar)
