import xmltodict
from flask import Flask, request

app = Flask(__name__)


@app.post("/xml/dict")
def as_dict():
    data = xmltodict.parse(request.get_data())
    return {"keys": len(data)}
