from flask import make_response, request


PRESET = '/home'


def init(app):

    @app.route('/benchmark/redirect-01/BenchmarkTest57627', methods=['GET'])
    def BenchmarkTest57627_get():
        return BenchmarkTest57627_post()

    @app.route('/benchmark/redirect-01/BenchmarkTest57627', methods=['POST'])
    def BenchmarkTest57627_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest57627", "noCookieValueSupplied")
        entry = param.strip()
        part = entry
        part = PRESET
        threshold = 61
        bar = part
        if (2 * 26) - threshold > 206:
            bar = '/'
        resp = make_response("", 302)
        resp.headers["Location"] = bar
        return resp
