from flask import Blueprint, request
import os
import sqlite3

blueprint = Blueprint("sqli_lookup_account", __name__)


@blueprint.route("/admin/list-products/<email>")
def lookup_account(email):
    script = "UPDATE users SET last_seen = CURRENT_TIMESTAMP WHERE username = '" + email + "';"
    con = sqlite3.connect(os.environ.get("APP_DB", "app.db"))
    con.executescript(script)
    con.commit()
    return "Updated"
