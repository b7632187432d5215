import httpx
from flask import Flask, request

app = Flask(__name__)


@app.get("/avatar/import")
def import_avatar():
    image_url = request.args.get("src", "")
    with httpx.Client(timeout=5) as client:
        resp = client.get(image_url)
    return {"size": len(resp.content)}
