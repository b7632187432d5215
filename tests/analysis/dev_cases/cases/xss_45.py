import json

from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/widget.js")
def widget():
    config = json.dumps({"q": request.args.get("q", "")})
    return make_response(f"<script>var CONFIG = {config};</script>")
