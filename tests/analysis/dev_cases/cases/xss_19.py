import json

from flask import Flask, Response, request

app = Flask(__name__)


@app.get("/api/echo")
def api_echo():
    payload = json.dumps({"query": request.args.get("q", "")})
    return Response(payload, mimetype="application/json")
