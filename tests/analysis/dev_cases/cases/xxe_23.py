import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)


@app.post("/xml/incremental")
def incremental():
    parser = ET.XMLParser()
    parser.feed(request.get_data())
    root = parser.close()
    return {"tag": root.tag}
