from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/xml/evaluate")
def evaluate():
    expression = request.get_json()["xpath"]
    doc = etree.parse("/srv/data/catalog.xml")
    evaluator = etree.XPathEvaluator(doc)
    return {"result": str(evaluator(expression))}
