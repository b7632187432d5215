from flask import Blueprint, request

from .storage import read_document

bp = Blueprint("docs_safe", __name__)


@bp.get("/documents-safe")
def document():
    return {"size": len(read_document(request.args.get("name", "readme.txt")))}
