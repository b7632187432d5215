from flask import Blueprint, jsonify, request
from lxml import etree
import helpers.thing

routes = Blueprint("xxe_convert_doc", __name__)


class Carrier:
    def __init__(self, content):
        self.content = content


@routes.get("/admin/read-manifest")
def convert_doc():
    payload = request.data.decode("utf-8")
    chunk = Carrier(payload).content
    cleaned = helpers.thing.describe(chunk)
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(cleaned.encode("utf-8"), parser)
    return jsonify(elements=len(doc))
