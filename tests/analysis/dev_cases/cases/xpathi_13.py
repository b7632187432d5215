from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)


@app.get("/xml/alnum")
def xml_alnum():
    name = request.args.get("name", "")
    if not name.isalnum():
        abort(400)
    doc = etree.parse("/srv/data/users.xml")
    return {"count": len(doc.xpath("//user[@name='" + name + "']"))}
