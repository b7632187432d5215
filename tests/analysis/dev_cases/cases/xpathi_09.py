from flask import Flask, request
from lxml import etree

app = Flask(__name__)

TREE = etree.parse("/srv/data/users.xml")


@app.get("/xml/user-safe")
def xml_user_safe():
    name = request.args.get("name", "")
    nodes = TREE.xpath("//user[@name=$name]/email/text()", name=name)
    return {"count": len(nodes)}
