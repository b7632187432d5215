import codecs

from flask import Flask, request

app = Flask(__name__)


@app.get("/template-source")
def template_source():
    path = "/srv/templates/" + request.headers.get("X-Template", "base.html")
    with codecs.open(path, encoding="utf-8") as handle:
        return {"size": len(handle.read())}
