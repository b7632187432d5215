from xml.dom.minidom import parseString

from flask import Flask, request

app = Flask(__name__)


@app.post("/xml/minidom")
def minidom_view():
    document = parseString(request.data)
    return {"root": document.documentElement.tagName}
