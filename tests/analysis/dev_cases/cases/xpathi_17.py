from fastapi import FastAPI
from lxml import etree

app = FastAPI()

CATALOG = etree.parse("/srv/data/catalog.xml")


@app.get("/catalog/{category}")
def catalog(category: str):
    titles = CATALOG.getroot().xpath("//book[@category='%s']/title/text()" % category)
    return {"titles": [str(t) for t in titles]}
