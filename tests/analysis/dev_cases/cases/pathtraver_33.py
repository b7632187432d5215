import os

from flask import Flask, request

app = Flask(__name__)


@app.get("/page-file")
def page_file():
    number = int(request.args.get("n", "1"))
    with open(os.path.join("/srv/pages", f"{number}.html"), encoding="utf-8") as handle:
        return {"size": len(handle.read())}
