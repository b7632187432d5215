import json

from flask import Flask, request

app = Flask(__name__)


@app.post("/settings/parse")
def parse_settings():
    settings = json.loads(request.form.get("settings", "{}"))
    return {"count": len(settings)}
