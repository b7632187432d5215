import defusedxml.ElementTree as DET
from flask import Flask, request

app = Flask(__name__)


@app.post("/xml/import-safe")
def import_safe():
    root = DET.fromstring(request.get_data())
    return {"tag": root.tag}
