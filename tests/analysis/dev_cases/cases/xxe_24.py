from flask import Flask, request
from lxml import etree

app = Flask(__name__)

PARSER_OPTIONS = {"resolve_entities": True, "load_dtd": True, "no_network": False}


@app.post("/xml/options")
def options():
    parser = etree.XMLParser(**PARSER_OPTIONS)
    root = etree.fromstring(request.get_data(), parser=parser)
    return {"tag": root.tag}
