import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes

from flask import Flask, request

app = Flask(__name__)


@app.post("/xml/sax-hardened")
def sax_hardened():
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, False)
    parser.setFeature(feature_external_pes, False)
    parser.setContentHandler(xml.sax.ContentHandler())
    xml.sax.parseString(request.get_data(), xml.sax.ContentHandler())
    return {"ok": True}
