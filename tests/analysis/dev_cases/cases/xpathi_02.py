from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/xml/books")
def books():
    title = request.form.get("title", "")
    doc = etree.parse("/srv/data/books.xml")
    find = etree.XPath("//book[title='" + title + "']/price")
    return {"prices": len(find(doc))}
