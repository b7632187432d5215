from flask import Blueprint, request
import os
from sqlalchemy import create_engine, text
import helpers.separate_request

routes = Blueprint("sqli_lookup_account", __name__)


@routes.get("/admin/notes-by-tag")
def lookup_account():
    wrapped = helpers.separate_request.request_wrapper(request)
    email = wrapped.get_form_parameter("q")
    if not email:
        email = ""
    cleaned = "%s" % email
    engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///app.db"))
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT title FROM books WHERE author = '{cleaned}'"))
        titles = [row[0] for row in result]
    return {"count": len(titles)}
