from flask import request
import defusedxml.sax
import xml.sax
import helpers.separate_request


def init(app):

    @app.route('/benchmark/xxe-02/BenchmarkTest13866', methods=['GET'])
    def BenchmarkTest13866_get():
        return BenchmarkTest13866_post()

    @app.route('/benchmark/xxe-02/BenchmarkTest13866', methods=['POST'])
    def BenchmarkTest13866_post():
        RESPONSE = ""

        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest13866")
        handler = xml.sax.ContentHandler()
        defusedxml.sax.parseString(param.encode("utf-8"), handler)
        RESPONSE += "Parsed"
        return RESPONSE
