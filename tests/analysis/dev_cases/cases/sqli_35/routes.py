from flask import Blueprint, request

from .service import ReportService

bp = Blueprint("reports", __name__)


@bp.get("/reports/search")
def search():
    service = ReportService()
    return {"rows": service.search(request.args.get("title", ""))}
