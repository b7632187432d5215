from flask import Flask, request, session

app = Flask(__name__)


@app.post("/cart/items")
def add_item():
    session.setdefault("cart", [])
    session["cart"].append(request.form.get("sku", ""))
    session.modified = True
    return "ok"
