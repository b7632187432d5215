from subprocess import check_output

from flask import Blueprint, request

bp = Blueprint("logs", __name__)


@bp.post("/logs/search")
def search_logs():
    term = request.form["term"]
    out = check_output("grep -c " + term + " /var/log/app.log", shell=True)
    return {"matches": int(out.strip() or 0)}
