from flask import request, session
import helpers.text


def init(app):

    @app.route('/benchmark/trustbound-02/BenchmarkTest71337', methods=['GET'])
    def BenchmarkTest71337_get():
        return BenchmarkTest71337_post()

    @app.route('/benchmark/trustbound-02/BenchmarkTest71337', methods=['POST'])
    def BenchmarkTest71337_post():
        RESPONSE = ""

        param = request.data.decode("utf-8")
        fn = lambda s: s
        subject = fn(param)
        input_value = helpers.text.digits(subject)
        registry_map = {}
        registry_map['k1'] = 'safe'
        registry_map['k2'] = input_value
        registry_map['k3'] = 'default'
        bar = registry_map['k2']
        session["role"] = bar
        RESPONSE += "Saved"
        return RESPONSE
