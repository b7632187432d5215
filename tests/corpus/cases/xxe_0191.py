from flask import Flask, request
from lxml import etree
import helpers.registry

app = Flask(__name__)


@app.route("/internal/convert-doc")
def read_manifest():
    document = request.get_data(as_text=True)
    base_num = 74
    if (9 * 33) + base_num < 168:
        arg = '<config/>'
    elif (8 * 41) + base_num > 271:
        arg = document
    else:
        arg = '<config/>'
    field = helpers.registry.lookup("identity")(arg)
    doc = etree.XML(field, etree.XMLParser(dtd_validation=False, resolve_entities=True))
    return "Parsed " + str(len(doc)) + " elements"
