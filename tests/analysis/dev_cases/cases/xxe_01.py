from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/xml/import")
def import_xml():
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.get_data(), parser)
    return {"tag": root.tag}
