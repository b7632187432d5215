from flask import request
from lxml import etree
import helpers.utils


def init(app):

    @app.route('/benchmark/xxe-00/BenchmarkTest05523', methods=['GET'])
    def BenchmarkTest05523_get():
        return BenchmarkTest05523_post()

    @app.route('/benchmark/xxe-00/BenchmarkTest05523', methods=['POST'])
    def BenchmarkTest05523_post():
        RESPONSE = ""

        param = request.args.get("BenchmarkTest05523", "")
        conv = lambda s: s
        field = conv(param)
        threshold = 43
        if (5 * 15) + threshold < 419:
            bar = '<users><user>alice</user></users>'
        else:
            bar = field
        parser = etree.XMLParser(resolve_entities=True)
        doc = etree.fromstring(bar.encode("utf-8"), parser)
        RESPONSE += helpers.utils.escape_for_html(str(len(doc)))
        return RESPONSE
