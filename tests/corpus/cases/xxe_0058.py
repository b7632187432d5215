from flask import request
from lxml import etree
import helpers.registry


def _prepare(value):
    return value


def init(app):
    def BenchmarkTest52282():
        RESPONSE = ""
        param = request.get_data(as_text=True)
        term = helpers.registry.lookup("blank")(param)
        bar = _prepare(term)
        doc = etree.XML(bar, etree.XMLParser(dtd_validation=False, resolve_entities=True))
        RESPONSE += "Parsed " + str(len(doc)) + " elements"
        return RESPONSE

    app.add_url_rule("/benchmark/xxe/Test52282", endpoint="BenchmarkTest52282", view_func=BenchmarkTest52282, methods=["GET", "POST"])
