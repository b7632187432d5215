from flask import request, session


def init(app):

    @app.route('/benchmark/trustbound-01/BenchmarkTest85650', methods=['GET'])
    def BenchmarkTest85650_get():
        return BenchmarkTest85650_post()

    @app.route('/benchmark/trustbound-01/BenchmarkTest85650', methods=['POST'])
    def BenchmarkTest85650_post():
        RESPONSE = ""

        param = request.get_data(as_text=True)
        bar = param.replace("\t", " ")
        session.setdefault("theme", bar)
        RESPONSE += "Theme set"
        return RESPONSE
