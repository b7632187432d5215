import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config/safe")
def safe_config():
    config = yaml.safe_load(request.data)
    return {"keys": len(config or {})}
