from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/xml/branch")
def branch():
    resolve = False if 3 > 1 else True
    parser = etree.XMLParser(resolve_entities=resolve, no_network=True)
    root = etree.fromstring(request.get_data(), parser)
    return {"tag": root.tag}
