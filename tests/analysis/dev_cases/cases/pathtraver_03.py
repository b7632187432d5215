from pathlib import Path

from flask import Flask, request

app = Flask(__name__)

DOCS = Path("/srv/docs")


@app.get("/docs")
def docs():
    page = request.args.get("page", "index.md")
    text = (DOCS / page).read_text(encoding="utf-8")
    return {"length": len(text)}
