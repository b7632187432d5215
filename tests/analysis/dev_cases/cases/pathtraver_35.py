from pathlib import Path

from flask import Flask, request

app = Flask(__name__)

BASE = Path("/srv/shared")


@app.get("/shared-path")
def shared_path():
    candidate = BASE / request.args.get("p", "")
    if not candidate.is_relative_to(BASE):
        return {"error": "denied"}, 403
    return {"size": len(candidate.read_bytes())}
