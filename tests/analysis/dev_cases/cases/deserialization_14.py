import json

from flask import Flask, request

app = Flask(__name__)


@app.get("/cart-json")
def cart_json():
    items = json.loads(request.cookies.get("cart", "[]"))
    return {"items": len(items)}
