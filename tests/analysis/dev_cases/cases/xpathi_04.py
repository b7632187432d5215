from flask import Flask, request
from lxml import etree as ET

app = Flask(__name__)


@app.get("/xml/products")
def products():
    query = request.headers.get("X-Product-Query", "")
    doc = ET.parse("/srv/data/products.xml")
    return {"count": len(doc.xpath("//product[" + query + "]"))}
