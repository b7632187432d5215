import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)


@app.post("/xml/etree")
def etree_view():
    root = ET.fromstring(request.get_data(as_text=True))
    return {"children": len(root)}
