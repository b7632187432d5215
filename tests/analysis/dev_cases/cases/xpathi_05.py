import elementpath
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.get("/xml/items")
def items():
    item_id = request.args.get("id", "")
    root = etree.parse("/srv/data/items.xml").getroot()
    found = elementpath.select(root, f"//item[@id='{item_id}']")
    return {"count": len(found)}
