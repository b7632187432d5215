import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config/preview")
def preview_config():
    text = request.form["cfg"]
    parsed = yaml.unsafe_load(text)
    return {"type": type(parsed).__name__}
