import io

from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/xml/stream")
def stream():
    count = 0
    for _event, _element in etree.iterparse(io.BytesIO(request.get_data()), load_dtd=True,
                                            resolve_entities=True):
        count += 1
    return {"events": count}
