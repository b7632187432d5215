from flask import Flask, request
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from shop.models import User

app = Flask(__name__)
engine = create_engine("sqlite:///app.db")


@app.get("/users-core")
def users_core():
    name = request.args.get("name", "")
    with Session(engine) as session:
        rows = session.execute(select(User).where(User.name == name)).all()
    return {"count": len(rows)}
