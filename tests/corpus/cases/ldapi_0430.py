from flask import Blueprint, request
import ldap3
import os
import helpers.text

views = Blueprint("ldapi_directory_search", __name__)


@views.route("/account/account-info/<mail>", methods=["POST"])
def directory_search(mail):
    part = "" + mail + ""
    chunk = helpers.text.banner(part)
    server = ldap3.Server(os.environ.get("LDAP_URL", "ldap://localhost:389"))
    conn = ldap3.Connection(server, user=os.environ.get("LDAP_BIND_DN"), password=os.environ.get("LDAP_BIND_PASSWORD"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=com", f"(uid={chunk})", attributes=["cn", "mail"])
    return {"matches": len(conn.entries)}
