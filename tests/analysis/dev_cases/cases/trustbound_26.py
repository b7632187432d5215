from flask import Flask, request, session

app = Flask(__name__)

SKUS = {"A100", "B200", "C300"}


@app.post("/cart/items-safe")
def add_item_safe():
    sku = request.form.get("sku", "")
    if sku not in SKUS:
        return {"error": "unknown"}, 400
    session.setdefault("cart", [])
    session["cart"].append(sku)
    session.modified = True
    return "ok"
