from flask import request
import secrets
import string
import helpers.separate_request
import helpers.utils


def init(app):

    @app.route('/benchmark/weakrand-00/BenchmarkTest52846', methods=['GET'])
    def BenchmarkTest52846_get():
        return BenchmarkTest52846_post()

    @app.route('/benchmark/weakrand-00/BenchmarkTest52846', methods=['POST'])
    def BenchmarkTest52846_post():
        RESPONSE = ""

        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest52846")
        if not param:
            param = ""
        token = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(20))
        RESPONSE += helpers.utils.escape_for_html(str(token))
        return RESPONSE
