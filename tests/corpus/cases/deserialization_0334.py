from flask import request
import jsonpickle


def _tidy(value):
    return str(value)


def init(app):

    @app.route('/benchmark/deserialization-02/BenchmarkTest61568', methods=['GET'])
    def BenchmarkTest61568_get():
        return BenchmarkTest61568_post()

    @app.route('/benchmark/deserialization-02/BenchmarkTest61568', methods=['POST'])
    def BenchmarkTest61568_post():
        RESPONSE = ""

        param = request.environ.get("HTTP_X_BENCHMARKTES", "")
        value = _tidy(param)
        if value in {'{}', 'safe!', 'theme: dark'}:
            bar = value
        else:
            bar = 'theme: dark'
        obj = jsonpickle.decode(bar)
        RESPONSE += "Loaded"
        return RESPONSE
