from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/xml/default-parser")
def default_parser():
    root = etree.fromstring(request.get_data())
    return {"children": len(root)}
