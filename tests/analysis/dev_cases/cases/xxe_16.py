from flask import Flask, request
from lxml import etree

from devhelpers.xmlparsers import hardened_parser

app = Flask(__name__)


@app.post("/xml/hardened-helper")
def hardened():
    root = etree.fromstring(request.get_data(), hardened_parser())
    return {"children": len(root)}
