from flask import Flask, request
from lxml import etree

app = Flask(__name__)

FIND_BOOK = etree.XPath("//book[title=$title]/price")


@app.post("/xml/books-safe")
def books_safe():
    doc = etree.parse("/srv/data/books.xml")
    return {"prices": len(FIND_BOOK(doc, title=request.form.get("title", "")))}
