from flask import Blueprint, request

from .service import ReportService

bp = Blueprint("reports_safe", __name__)


@bp.get("/reports/search-safe")
def search():
    service = ReportService()
    return {"rows": service.search(request.args.get("title", ""))}
