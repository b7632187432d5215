import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config/csafe")
def csafe_config():
    config = yaml.load(request.data, Loader=yaml.CSafeLoader)
    return {"keys": len(config or {})}
