import io
import xml.sax

from flask import Flask, request

app = Flask(__name__)


@app.post("/xml/sax-default")
def sax_default():
    handler = xml.sax.ContentHandler()
    parser = xml.sax.make_parser()
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(request.get_data(as_text=True)))
    return {"ok": True}
