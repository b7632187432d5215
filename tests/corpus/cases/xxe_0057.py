from flask import request
from lxml import etree


def init(app):

    @app.route('/benchmark/xxe-02/BenchmarkTest48379', methods=['GET'])
    def BenchmarkTest48379_get():
        return BenchmarkTest48379_post()

    @app.route('/benchmark/xxe-02/BenchmarkTest48379', methods=['POST'])
    def BenchmarkTest48379_post():
        RESPONSE = ""

        param = request.headers.get("X-Request-Id")
        if not param:
            param = ""
        conv = lambda s: s
        bar = conv(param)
        parser = etree.XMLParser(resolve_entities=True)
        doc = etree.fromstring(bar.encode("utf-8"), parser)
        RESPONSE += "Parsed " + str(len(doc)) + " elements"
        return RESPONSE
