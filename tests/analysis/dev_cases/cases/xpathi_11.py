import elementpath
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.get("/xml/items-safe")
def items_safe():
    item_id = request.args.get("id", "")
    root = etree.parse("/srv/data/items.xml").getroot()
    found = elementpath.select(root, "//item[@id=$id]", variables={"id": item_id})
    return {"count": len(found)}
