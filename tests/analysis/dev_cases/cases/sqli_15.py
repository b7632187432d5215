from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
db = SQLAlchemy(app)


@app.get("/products-safe")
def products_safe():
    category = request.args.get("category", "")
    rows = db.session.execute(text("SELECT name FROM products WHERE category = :c"), {"c": category}).all()
    return {"count": len(rows)}
