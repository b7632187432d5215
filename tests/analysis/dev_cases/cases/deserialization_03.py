import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config/upload")
def upload_config():
    config = yaml.load(request.data, Loader=yaml.Loader)
    return {"keys": len(config or {})}
