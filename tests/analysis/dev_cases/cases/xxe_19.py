import xml.sax

from flask import Flask, request

app = Flask(__name__)


class Handler(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.text = []

    def characters(self, content):
        self.text.append(content)


@app.post("/xml/text")
def xml_text():
    handler = Handler()
    parser = xml.sax.make_parser()
    parser.setFeature("http://xml.org/sax/features/external-general-entities", True)
    parser.setContentHandler(handler)
    parser.feed(request.get_data(as_text=True))
    parser.close()
    return {"chars": len("".join(handler.text))}
