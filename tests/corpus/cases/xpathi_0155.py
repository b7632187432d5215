from flask import request
from lxml import etree
import helpers.separate_request
import helpers.utils


def init(app):

    @app.route('/benchmark/xpathi-00/BenchmarkTest79159', methods=['GET'])
    def BenchmarkTest79159_get():
        return BenchmarkTest79159_post()

    @app.route('/benchmark/xpathi-00/BenchmarkTest79159', methods=['POST'])
    def BenchmarkTest79159_post():
        RESPONSE = ""

        wrapped = helpers.separate_request.request_wrapper(request)
        param = wrapped.get_form_parameter("BenchmarkTest79159")
        if param is None:
            param = ""
        bar = f"{param}"
        finder = etree.XPath("//user[@role=$role]/@name")
        root = etree.parse("users.xml").getroot()
        nodes = finder(root, role=bar)
        RESPONSE += helpers.utils.escape_for_html(str(len(nodes)))
        return RESPONSE
