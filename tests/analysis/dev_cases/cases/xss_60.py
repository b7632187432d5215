import html

from flask import Flask, request

app = Flask(__name__)


@app.get("/search-box")
def search_box():
    q = html.escape(request.args.get("q", ""), quote=False)
    return '<form><input name="q" value="' + q + '"></form>'
