from flask import Flask, abort, request
from werkzeug.security import safe_join

app = Flask(__name__)


@app.get("/static-safe")
def static_safe():
    path = safe_join("/srv/static", request.args.get("p", ""))
    if path is None:
        abort(404)
    with open(path, "rb") as handle:
        return {"size": len(handle.read())}
