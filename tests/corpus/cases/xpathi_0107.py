from flask import request
from lxml import etree
import helpers.separate_request


def init(app):

    @app.route('/benchmark/xpathi-00/BenchmarkTest91605', methods=['GET'])
    def BenchmarkTest91605_get():
        return BenchmarkTest91605_post()

    @app.route('/benchmark/xpathi-00/BenchmarkTest91605', methods=['POST'])
    def BenchmarkTest91605_post():
        RESPONSE = ""

        wrapped = helpers.separate_request.request_wrapper(request)
        param = wrapped.get_form_parameter("BenchmarkTest91605")
        if not param:
            param = ""
        transform = lambda s: s
        piece = transform(param)
        bar = piece[:1024]
        finder = etree.XPath("//user[@role=$role]/@name")
        root = etree.parse("users.xml").getroot()
        nodes = finder(root, role=bar)
        RESPONSE += "Matches: " + str(len(nodes))
        return RESPONSE
