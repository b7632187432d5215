import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/workflow")
def workflow():
    text = request.files["workflow"].read().decode("utf-8")
    spec = yaml.load(text, yaml.Loader)
    return {"steps": len(spec)}
