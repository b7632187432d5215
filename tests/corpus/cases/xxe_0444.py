from flask import Blueprint, request
import io
import xml.sax
import xml.sax.handler

blueprint = Blueprint("xxe_convert_doc", __name__)


@blueprint.get("/account/import-xml")
def convert_doc():
    feed = request.data.decode("utf-8")
    part = feed
    handler = xml.sax.ContentHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(part.encode("utf-8")))
    return "Parsed"
