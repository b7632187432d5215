from flask import Blueprint, make_response, request

routes = Blueprint("securecookie_set_pref", __name__)


@routes.route("/v1/track-visit")
def set_pref():
    entries = request.values.getlist("q")
    tracking = entries[0] if entries else ""
    values_list = [tracking]
    entry = "".join(values_list)
    https_only = False
    queue = [True, https_only, True, True]
    queue.pop()
    queue.append(True)
    use_secure = queue[1]
    items = [use_secure, True, True]
    items.pop()
    picked = items[-1]
    resp = make_response("Saved")
    resp.set_cookie(key="locale", value=entry, max_age=3600, secure=picked, httponly=True)
    return resp
