from flask import Blueprint, make_response, request

bp = Blueprint("securecookie_set_pref", __name__)


@bp.route("/app/set-locale", methods=["POST"])
def set_pref():
    tracking = request.args.get("id", "")
    value = tracking
    resp = make_response("Preference saved")
    resp.set_cookie("rememberMe", value, secure=True, httponly=True)
    return resp
