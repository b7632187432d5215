from flask import Flask, request
from lxml import etree

app = Flask(__name__)

FIELDS = {"mail": "email", "phone": "telephone"}


@app.get("/xml/field")
def xml_field():
    field = FIELDS.get(request.args.get("field", "mail"), "email")
    doc = etree.parse("/srv/data/users.xml")
    return {"values": len(doc.xpath(f"//user/{field}/text()"))}
