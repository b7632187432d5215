from flask import jsonify, request


def init(app):

    @app.route('/benchmark/xss-02/BenchmarkTest79108', methods=['GET'])
    def BenchmarkTest79108_get():
        return BenchmarkTest79108_post()

    @app.route('/benchmark/xss-02/BenchmarkTest79108', methods=['POST'])
    def BenchmarkTest79108_post():
        RESPONSE = ""

        arr = request.form.getlist("BenchmarkTest79108")
        param = arr[0] if arr else ""
        return jsonify(query=param, results=[])
