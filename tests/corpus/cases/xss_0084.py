from flask import request


def init(app):

    @app.route('/benchmark/xss-02/BenchmarkTest44723', methods=['GET'])
    def BenchmarkTest44723_get():
        return BenchmarkTest44723_post()

    @app.route('/benchmark/xss-02/BenchmarkTest44723', methods=['POST'])
    def BenchmarkTest44723_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest44723", "noCookieValueSupplied")
        bar = param.strip(" \n")
        RESPONSE += "<p>Hello " + bar + "</p>"
        return RESPONSE
