import xml.sax

from flask import Flask, request

app = Flask(__name__)


@app.post("/xml/text-safe")
def xml_text_safe():
    handler = xml.sax.handler.ContentHandler()
    parser = xml.sax.make_parser()
    parser.setFeature("http://xml.org/sax/features/external-general-entities", False)
    parser.setContentHandler(handler)
    parser.feed(request.get_data(as_text=True))
    parser.close()
    return {"ok": True}
