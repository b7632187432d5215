import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/config/safe-loader")
def safe_loader():
    config = yaml.load(request.form.get("cfg", ""), Loader=yaml.SafeLoader)
    return {"keys": len(config or {})}
