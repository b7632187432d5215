import tomllib

from flask import Flask, request

app = Flask(__name__)


@app.post("/toml")
def toml_config():
    config = tomllib.loads(request.get_data(as_text=True))
    return {"sections": len(config)}
