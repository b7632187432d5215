from urllib.request import Request, urlopen

from flask import Flask, request

app = Flask(__name__)


@app.post("/rss")
def rss():
    feed = request.form["feed"]
    req = Request(feed, headers={"User-Agent": "rss-bot"})
    with urlopen(req, timeout=5) as resp:
        return {"bytes": len(resp.read())}
