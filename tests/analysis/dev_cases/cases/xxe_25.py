from flask import Flask, request
from lxml import etree

app = Flask(__name__)


def make_parser():
    return etree.XMLParser(resolve_entities=True, no_network=False)


@app.post("/xml/factory")
def factory():
    tree = etree.ElementTree(etree.fromstring(request.files["doc"].read(), make_parser()))
    return {"root": tree.getroot().tag}
