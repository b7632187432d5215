import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config/full")
def full_config():
    config = yaml.load(request.get_data(as_text=True), Loader=yaml.FullLoader)
    return {"keys": len(config or {})}
