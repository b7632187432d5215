from flask import request
from lxml import etree


def init(app):

    @app.route('/benchmark/xxe-02/BenchmarkTest00619', methods=['GET'])
    def BenchmarkTest00619_get():
        return BenchmarkTest00619_post()

    @app.route('/benchmark/xxe-02/BenchmarkTest00619', methods=['POST'])
    def BenchmarkTest00619_post():
        RESPONSE = ""

        param = request.get_data(as_text=True)
        doc = etree.XML(param, etree.XMLParser(dtd_validation=False, resolve_entities=True))
        RESPONSE += "Parsed " + str(len(doc)) + " elements"
        return RESPONSE
