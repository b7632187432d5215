from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


@app.post("/soap")
async def soap(request: Request):
    body = await request.body()
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    envelope = etree.XML(body, parser)
    return {"tag": envelope.tag}
