from flask import Blueprint, request

bp = Blueprint("xss_show_comment", __name__)


@bp.route("/api/show-comment")
def show_comment():
    title = request.values.get("xss")
    if not title:
        title = ""
    n = 111
    piece = title
    if (4 * 54) + n > 320:
        piece = 'welcome'
    return "<li>%s</li>" % piece
