from flask import Response, request


def init(app):

    @app.route('/benchmark/xss-02/BenchmarkTest97020', methods=['GET'])
    def BenchmarkTest97020_get():
        return BenchmarkTest97020_post()

    @app.route('/benchmark/xss-02/BenchmarkTest97020', methods=['POST'])
    def BenchmarkTest97020_post():
        RESPONSE = ""

        param = request.values.get("BenchmarkTest97020")
        term = "{}".format(param)
        n = 119
        if (7 * 19) - n > 197:
            bar = 'safe!'
        else:
            bar = term
        return Response("<span title=\"" + bar + "\">profile</span>", mimetype="text/html")
