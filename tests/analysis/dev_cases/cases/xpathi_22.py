from flask import Flask, request
from lxml import html

app = Flask(__name__)

PAGE = html.fromstring("<html><body><a class='x' href='/a'>a</a></body></html>")


@app.get("/links")
def links():
    css_class = request.args.get("class", "x")
    return {"hrefs": PAGE.xpath("//a[@class='" + css_class + "']/@href")}
