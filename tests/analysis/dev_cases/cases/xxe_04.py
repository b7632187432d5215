import xml.sax
from xml.dom import pulldom

from flask import Flask, request

app = Flask(__name__)


@app.post("/xml/pull")
def pull():
    sax_parser = xml.sax.make_parser()
    sax_parser.setFeature(xml.sax.handler.feature_external_ges, True)
    events = pulldom.parseString(request.form["xml"], parser=sax_parser)
    names = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return {"elements": len(names)}
