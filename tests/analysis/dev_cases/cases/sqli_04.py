from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import text

app = Flask(__name__)
db = SQLAlchemy(app)


@app.get("/products")
def products():
    category = request.args.get("category", "")
    rows = db.session.execute(text(f"SELECT name FROM products WHERE category = '{category}'")).all()
    return {"count": len(rows)}
