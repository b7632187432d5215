import re

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.get("/xml/sku")
def xml_sku():
    sku = request.args.get("sku", "")
    if re.fullmatch(r"[A-Z]{3}-\d{4}", sku) is None:
        return {"error": "bad sku"}, 400
    doc = etree.parse("/srv/data/stock.xml")
    return {"count": len(doc.xpath(f"//item[@sku='{sku}']"))}
