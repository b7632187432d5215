from flask import request
from lxml import etree


def init(app):
    @app.route("/bench/xxe/25333", methods=["GET", "POST"])
    def xxe_case_25333():
        RESPONSE = ""
        param = request.data.decode("utf-8")
        if param not in ['<config/>', '<root><item>1</item></root>', '<users><user>alice</user></users>']:
            RESPONSE += "Invalid input"
            return RESPONSE
        bar = param
        parser = etree.XMLParser(resolve_entities=True)
        doc = etree.fromstring(bar.encode("utf-8"), parser)
        RESPONSE += "Parsed " + str(len(doc)) + " elements"
        return RESPONSE
