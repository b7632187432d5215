from flask import Flask, request
from lxml import etree

app = Flask(__name__)

TREE = etree.parse("/srv/data/users.xml")


@app.get("/xml/user")
def xml_user():
    name = request.args.get("name", "")
    nodes = TREE.xpath(f"//user[@name='{name}']/email/text()")
    return {"count": len(nodes)}
