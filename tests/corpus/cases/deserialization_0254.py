from flask import request
import io
import pickle


def init(app):

    @app.route('/benchmark/deserialization-02/BenchmarkTest57256', methods=['GET'])
    def BenchmarkTest57256_get():
        return BenchmarkTest57256_post()

    @app.route('/benchmark/deserialization-02/BenchmarkTest57256', methods=['POST'])
    def BenchmarkTest57256_post():
        RESPONSE = ""

        param = request.json["BenchmarkTest57256"]
        num = 51
        bar = '{}'
        while (9 * 41) + num > 88:
            bar = param
            break
        obj = pickle.Unpickler(io.BytesIO(bytes.fromhex(bar))).load()
        RESPONSE += "Loaded"
        return RESPONSE
