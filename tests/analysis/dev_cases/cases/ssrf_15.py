import httpx
from flask import Flask, request

app = Flask(__name__)


@app.get("/item")
def item():
    item_id = int(request.args.get("id", "0"))
    resp = httpx.get(f"https://api.example.com/items/{item_id}")
    return {"status": resp.status_code}
