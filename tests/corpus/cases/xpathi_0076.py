from flask import request
from xml.etree import ElementTree
import helpers.separate_request


def init(app):

    @app.route('/benchmark/xpathi-01/BenchmarkTest76709', methods=['GET'])
    def BenchmarkTest76709_get():
        return BenchmarkTest76709_post()

    @app.route('/benchmark/xpathi-01/BenchmarkTest76709', methods=['POST'])
    def BenchmarkTest76709_post():
        RESPONSE = ""

        param = helpers.separate_request.request_wrapper(request).get_query_parameter("BenchmarkTest76709")
        d = {}
        raw = d.setdefault('mode', param)
        guess = "ABC"[2]
        match guess:
            case 'C':
                bar = 'bob'
            case 'A':
                bar = raw
            case _:
                bar = raw
        import elementpath
        import helpers.utils
        tree = ElementTree.parse("users.xml")
        nodes = elementpath.select(tree, "//user[@name='{}']/email".format(bar))
        RESPONSE += helpers.utils.escape_for_html(str(len(nodes)))
        return RESPONSE
