from flask import request
from lxml import etree


def init(app):

    @app.route('/benchmark/xxe-02/BenchmarkTest39318', methods=['GET'])
    def BenchmarkTest39318_get():
        return BenchmarkTest39318_post()

    @app.route('/benchmark/xxe-02/BenchmarkTest39318', methods=['POST'])
    def BenchmarkTest39318_post():
        RESPONSE = ""

        param = request.cookies.get("BenchmarkTest39318", "noCookieValueSupplied")
        parser = etree.XMLParser(resolve_entities=True)
        doc = etree.fromstring(param.encode("utf-8"), parser)
        RESPONSE += "Parsed " + str(len(doc)) + " elements"
        return RESPONSE
