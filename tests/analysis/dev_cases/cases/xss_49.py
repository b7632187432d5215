from urllib.parse import quote

from flask import Flask, request

app = Flask(__name__)


@app.get("/share-link")
def share_link():
    target = quote(request.args.get("target", ""), safe="")
    return f"<a href='/go?to={target}'>share</a>"
