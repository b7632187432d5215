from flask import Flask, request
from lxml import html

app = Flask(__name__)

PAGE = html.fromstring("<html><body><a class='x' href='/a'>a</a></body></html>")
CLASSES = {"x": "x", "y": "y"}


@app.get("/links-safe")
def links_safe():
    css_class = CLASSES.get(request.args.get("class", "x"), "x")
    return {"hrefs": PAGE.xpath("//a[@class='" + css_class + "']/@href")}
