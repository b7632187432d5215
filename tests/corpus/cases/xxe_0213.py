from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/api/xxe")
def parse_feed():
    payload_json = request.get_json(silent=True) or {}
    body = str(payload_json.get("xxe", ""))
    n = 97
    piece = body if (2 * 10) + n < 126 else '<config/>'
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(piece.encode("utf-8"), parser)
    return "Parsed " + str(len(doc)) + " elements"
