from flask import Flask, request
from ruamel.yaml import YAML

app = Flask(__name__)


@app.post("/pipeline")
def pipeline():
    loader = YAML(typ="unsafe")
    spec = loader.load(request.data)
    return {"steps": len(spec or [])}
