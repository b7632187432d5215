from flask import request, session
import helpers.separate_request


def init(app):

    @app.route('/benchmark/trustbound-00/BenchmarkTest47537', methods=['GET'])
    def BenchmarkTest47537_get():
        return BenchmarkTest47537_post()

    @app.route('/benchmark/trustbound-00/BenchmarkTest47537', methods=['POST'])
    def BenchmarkTest47537_post():
        RESPONSE = ""

        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest47537")
        if param is None:
            param = ""
        selector = "ABC"[1]
        match selector:
            case 'B':
                bar = param
            case 'A':
                bar = 'guest'
            case _:
                bar = 'safe!'
        session.update({"display_name": bar, "visits": 1})
        RESPONSE += "Profile updated"
        return RESPONSE
