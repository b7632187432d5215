from flask import request, session


def init(app):

    @app.route('/benchmark/trustbound-01/BenchmarkTest59032', methods=['GET'])
    def BenchmarkTest59032_get():
        return BenchmarkTest59032_post()

    @app.route('/benchmark/trustbound-01/BenchmarkTest59032', methods=['POST'])
    def BenchmarkTest59032_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest59032", "noCookieValueSupplied")
        threshold = 93
        if (5 * 49) - threshold > 265:
            bar = 'viewer'
        elif (9 * 23) + threshold > 140:
            bar = 'safe!'
        else:
            bar = param
        session["userid"] = bar
        RESPONSE += "Saved"
        return RESPONSE
