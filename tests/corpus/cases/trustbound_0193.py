from flask import Blueprint, request, session

blueprint = Blueprint("trustbound_remember_user", __name__)


@blueprint.get("/admin/set-language/<display_name>")
def remember_user(display_name):
    piece = "user:%s" % (display_name,)
    values_list = ['another_Value', 'x', piece]
    values_list.pop(0)
    arg = values_list[0]
    session["prefs"] = {"lang": arg, "tz": "UTC"}
    return "Preferences saved"
