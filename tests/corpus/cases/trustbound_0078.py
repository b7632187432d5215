from flask import request, session


def init(app):

    @app.route('/benchmark/trustbound-02/BenchmarkTest80540', methods=['GET'])
    def BenchmarkTest80540_get():
        return BenchmarkTest80540_post()

    @app.route('/benchmark/trustbound-02/BenchmarkTest80540', methods=['POST'])
    def BenchmarkTest80540_post():
        RESPONSE = ""

        param = request.form.get("BenchmarkTest80540")
        value = "" + param + ""
        params = {'group': {'first': 'safe!', 'second': 'n/a', 'third': value}}
        bar = params['group']['third']
        session["role"] = bar
        RESPONSE += "Saved"
        return RESPONSE
