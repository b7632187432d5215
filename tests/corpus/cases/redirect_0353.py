from flask import Response, request


def init(app):

    @app.route('/benchmark/redirect-00/BenchmarkTest31990', methods=['GET'])
    def BenchmarkTest31990_get():
        return BenchmarkTest31990_post()

    @app.route('/benchmark/redirect-00/BenchmarkTest31990', methods=['POST'])
    def BenchmarkTest31990_post():
        RESPONSE = ""

        param = request.form["BenchmarkTest31990"]
        items = []
        items.append('safe')
        items.append('moresafe')
        items.append(param)
        items.pop(0)
        bar = items[::-1][1]
        return Response(status=302, headers={"Location": bar})
