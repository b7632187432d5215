from flask import Flask, request
from sqlalchemy import select, update

app = Flask(__name__)


@app.route("/users/<int:user_id>")
def show(user_id, session):
    user = session.execute(select(User).where(User.id == user_id)).scalar_one()
    by_name = session.execute(select(User).filter_by(name=request.args["name"])).all()
    session.execute(update(User).where(User.id == user_id).values(email=request.form["email"]))
    legacy = User.query.filter_by(email=request.args["email"]).first()
    return {"user": user.id, "matches": len(by_name), "legacy": legacy.id}
