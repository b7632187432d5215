import os

from flask import Flask, request

app = Flask(__name__)

DOCUMENTS = {"terms": "terms.txt", "privacy": "privacy.txt"}


@app.get("/legal")
def legal():
    key = request.args.get("doc", "terms")
    filename = DOCUMENTS.get(key, "terms.txt")
    with open(os.path.join("/srv/legal", filename), encoding="utf-8") as handle:
        return {"text": len(handle.read())}
