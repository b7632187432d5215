from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/xml/import-hardened")
def import_hardened():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(request.get_data(), parser)
    return {"tag": root.tag}
