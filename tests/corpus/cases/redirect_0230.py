from flask import Response, request


def init(app):

    @app.route('/benchmark/redirect-02/BenchmarkTest66078', methods=['GET'])
    def BenchmarkTest66078_get():
        return BenchmarkTest66078_post()

    @app.route('/benchmark/redirect-02/BenchmarkTest66078', methods=['POST'])
    def BenchmarkTest66078_post():
        RESPONSE = ""

        param = request.form["BenchmarkTest66078"]
        map = dict(zip(['keyA-1234', 'keyB-1234', 'keyC'], [param, '/home', '/']))
        term = map['keyA-1234']
        k = 73
        if (7 * 41) - k > 408:
            bar = '/home'
        elif (8 * 30) - k > 220:
            bar = '/'
        else:
            bar = term
        return Response(status=302, headers={"Location": bar})
