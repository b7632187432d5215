from fastapi import FastAPI, HTTPException
from lxml import etree

app = FastAPI()

CATALOG = etree.parse("/srv/data/catalog.xml")
CATEGORIES = {"fiction", "science", "history"}


@app.get("/catalog-safe/{category}")
def catalog_safe(category: str):
    if category not in CATEGORIES:
        raise HTTPException(status_code=404)
    titles = CATALOG.getroot().xpath("//book[@category='%s']/title/text()" % category)
    return {"titles": [str(t) for t in titles]}
