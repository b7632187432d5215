import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)


@app.post("/xml/upload-query")
def upload_query():
    document = ET.fromstring(request.files["doc"].read())
    field = request.form.get("field", "name")
    return {"values": [e.text for e in document.iterfind(".//" + field)]}
