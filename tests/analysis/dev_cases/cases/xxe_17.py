from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/xml/overwrite")
def overwrite():
    parser = etree.XMLParser(resolve_entities=True)
    parser = etree.XMLParser(resolve_entities=False)
    root = etree.fromstring(request.get_data(), parser=parser)
    return {"tag": root.tag}
