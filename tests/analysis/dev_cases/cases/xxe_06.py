from flask import Flask, request
from lxml import etree

from devhelpers.xmlparsers import legacy_parser

app = Flask(__name__)


@app.post("/xml/legacy")
def legacy():
    root = etree.fromstring(request.get_data(), legacy_parser())
    return {"children": len(root)}
