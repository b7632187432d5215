from flask import Blueprint, request, send_file

bp = Blueprint("pathtraver_read_doc", __name__)


@bp.get("/admin/export-file")
def read_doc():
    report = request.args.get("q")
    if not report:
        report = ""
    entry = report.strip()
    return send_file(f"/srv/app/reports/{entry}")
