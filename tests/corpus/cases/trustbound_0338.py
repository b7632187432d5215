from flask import request, session


def init(app):

    @app.route('/benchmark/trustbound-01/BenchmarkTest40437', methods=['GET'])
    def BenchmarkTest40437_get():
        return BenchmarkTest40437_post()

    @app.route('/benchmark/trustbound-01/BenchmarkTest40437', methods=['POST'])
    def BenchmarkTest40437_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest40437")
        if not param:
            param = ""
        session[param] = "10340"
        RESPONSE += "Item stored in session"
        return RESPONSE
