from flask import Flask, request
from lxml import objectify

app = Flask(__name__)


@app.post("/xml/objectify")
def objectify_view():
    parser = objectify.makeparser(resolve_entities=True)
    obj = objectify.fromstring(request.get_data(), parser)
    return {"tag": obj.tag}
