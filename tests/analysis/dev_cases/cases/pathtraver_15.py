from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)

ROOT = Path("/srv/docs").resolve()


@app.get("/docs-safe")
def docs_safe():
    candidate = (ROOT / request.args.get("page", "index.md")).resolve()
    if not candidate.is_relative_to(ROOT):
        abort(404)
    return {"length": len(candidate.read_text())}
