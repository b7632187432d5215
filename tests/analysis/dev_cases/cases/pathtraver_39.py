import os
import re

from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/reports/by-name")
def report_by_name():
    name = request.args.get("name", "")
    if not re.fullmatch(r"[\w-]+\.(csv|pdf)", name):
        abort(400)
    with open(os.path.join("/srv/reports", name), "rb") as handle:
        return {"size": len(handle.read())}
