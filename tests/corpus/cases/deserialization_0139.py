from flask import request


def init(app):

    @app.route('/benchmark/deserialization-01/BenchmarkTest02331', methods=['GET'])
    def BenchmarkTest02331_get():
        return BenchmarkTest02331_post()

    @app.route('/benchmark/deserialization-01/BenchmarkTest02331', methods=['POST'])
    def BenchmarkTest02331_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        import yaml
        obj = yaml.load(param, Loader=yaml.Loader)
        RESPONSE += "Loaded"
        return RESPONSE
