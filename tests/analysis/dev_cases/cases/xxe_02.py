import io

from flask import Flask, request
from lxml import etree as ET

app = Flask(__name__)


@app.post("/xml/feed")
def feed():
    parser = ET.XMLParser(resolve_entities=True, no_network=False)
    tree = ET.parse(io.BytesIO(request.data), parser)
    return {"items": len(tree.getroot())}
