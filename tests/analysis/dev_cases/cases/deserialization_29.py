import json

from flask import Flask, request

app = Flask(__name__)


@app.post("/import-json")
def import_json():
    records = json.load(request.files["records"])
    return {"count": len(records)}
