from flask import Blueprint, request

from .storage import read_document

bp = Blueprint("docs", __name__)


@bp.get("/documents")
def document():
    return {"size": len(read_document(request.args.get("name", "readme.txt")))}
